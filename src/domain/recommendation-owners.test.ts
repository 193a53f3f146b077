import { describe, expect, it } from 'vitest';
import {
  namesPersonalAdviser,
  PERSONAL_ADVISER_FROM_AGE,
  recommendationOwnerProblem,
} from './recommendation-owners';

describe('recommendation owners for the child’s age', () => {
  it('reads the personal adviser however it is written, and nothing else', () => {
    expect(namesPersonalAdviser('Personal adviser')).toBe(true);
    expect(namesPersonalAdviser('  personal   ADVISOR ')).toBe(true);
    expect(namesPersonalAdviser('Personal adviser (leaving care team)')).toBe(true);
    expect(namesPersonalAdviser('Social worker')).toBe(false);
    expect(namesPersonalAdviser('Ask the personal adviser service')).toBe(false);
    expect(namesPersonalAdviser(null)).toBe(false);
  });

  it('refuses a personal adviser for a 7-year-old, with the age in the message', () => {
    expect(recommendationOwnerProblem('Personal adviser', '2019-03-01', '2026-11-20')).toBe(
      'A personal adviser is for young people aged 16 or over leaving care: this child was 7 on the review date. Enter who else is responsible, for example the social worker',
    );
    expect(recommendationOwnerProblem('Personal adviser', '2026-05-01', '2026-11-20')).toContain(
      'this child was under 1',
    );
  });

  it('accepts one from the 16th birthday (the setting), judged on the review date', () => {
    expect(PERSONAL_ADVISER_FROM_AGE).toBe(16);
    expect(recommendationOwnerProblem('Personal adviser', '2010-11-20', '2026-11-19')).toContain(
      'this child was 15',
    );
    expect(recommendationOwnerProblem('Personal adviser', '2010-11-20', '2026-11-20')).toBeNull();
    expect(recommendationOwnerProblem('Personal adviser', '2009-01-01', '2026-11-20')).toBeNull();
  });

  it('accepts any other owner at any age, and says nothing without a usable review date', () => {
    expect(recommendationOwnerProblem('Social worker', '2019-03-01', '2026-11-20')).toBeNull();
    expect(recommendationOwnerProblem('Personal adviser', '2019-03-01', null)).toBeNull();
    expect(recommendationOwnerProblem('Personal adviser', '2019-03-01', '2018-01-01')).toBeNull();
  });
});
