import { describe, expect, it } from 'vitest';
import {
  MIDPOINT_DUE_SOON_WORKING_DAYS,
  midpointDateWording,
  midpointState,
} from './midpoint-state';
import { CALENDAR } from './test-holidays';

// Friday 20 November 2026.
const midpoint = { due: '2026-11-20', why: 'Halfway between becoming looked after and the review' };

describe('midpointState', () => {
  it('is missed once its date has passed with no check, however recently', () => {
    expect(midpointState(midpoint, null, '2026-11-29', CALENDAR)).toEqual({
      state: 'missed',
      reason: 'No midpoint check recorded by 20 November 2026 (9 days ago)',
    });
    expect(midpointState(midpoint, null, '2026-11-21', CALENDAR)).toMatchObject({
      state: 'missed',
      reason: 'No midpoint check recorded by 20 November 2026 (1 day ago)',
    });
  });

  it('is due on its date and in the working days before it', () => {
    expect(midpointState(midpoint, null, '2026-11-20', CALENDAR)).toEqual({
      state: 'due',
      reason: 'Due today: halfway between becoming looked after and the review',
    });
    // Ten working days before (9 to 20 November).
    expect(MIDPOINT_DUE_SOON_WORKING_DAYS).toBe(10);
    expect(midpointState(midpoint, null, '2026-11-06', CALENDAR)).toEqual({
      state: 'due',
      reason: 'Due on 20 November 2026: halfway between becoming looked after and the review',
    });
    expect(midpointState(midpoint, null, '2026-11-05', CALENDAR)).toEqual({
      state: 'not-yet-due',
      reason: midpoint.why,
    });
  });

  it('is done when a check is recorded, early or late', () => {
    for (const checkedOn of ['2026-11-02', '2026-11-27']) {
      expect(midpointState(midpoint, checkedOn, '2026-12-01', CALENDAR).state).toBe('done');
    }
  });
});

describe('midpointDateWording', () => {
  it('says a missed check was due, a checked one when it was done', () => {
    expect(midpointDateWording('missed', '2026-11-20', null)).toBe('was due on 20 November 2026');
    expect(midpointDateWording('due', '2026-11-20', null)).toBe('due on 20 November 2026');
    expect(midpointDateWording('done', '2026-11-20', '2026-11-18')).toBe(
      'checked on 18 November 2026',
    );
  });
});
