import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS,
  DEFAULT_RECORD_OF_REVIEW_WORKING_DAYS,
  managerSignOffDue,
  recordOfReviewDue,
} from './follow-ups';
import { CALENDAR, HOLIDAYS } from './test-holidays';

describe('recordOfReviewDue', () => {
  it('is 20 working days after the review by default (the review day is day 0)', () => {
    expect(DEFAULT_RECORD_OF_REVIEW_WORKING_DAYS).toBe(20);
    expect(recordOfReviewDue('2026-03-02', CALENDAR)).toBe('2026-03-30');
  });

  it('skips Christmas and New Year', () => {
    expect(recordOfReviewDue('2025-12-15', HOLIDAYS)).toBe('2026-01-15');
    expect(recordOfReviewDue('2026-12-18', CALENDAR)).toBe('2027-01-20');
  });

  it('skips Easter', () => {
    expect(recordOfReviewDue('2026-03-27', CALENDAR)).toBe('2026-04-28');
  });

  it('takes a local target such as 15 working days', () => {
    expect(recordOfReviewDue('2025-12-15', CALENDAR, 15)).toBe('2026-01-08');
    expect(recordOfReviewDue('2023-05-05', CALENDAR, 15)).toBe('2023-05-30');
  });

  it('rejects a negative or fractional target', () => {
    expect(() => recordOfReviewDue('2026-03-02', CALENDAR, -1)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
    expect(() => recordOfReviewDue('2026-03-02', CALENDAR, 2.5)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});

describe('managerSignOffDue', () => {
  it('is 5 working days after the decisions were received by default', () => {
    expect(DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS).toBe(5);
    expect(managerSignOffDue('2026-03-02', CALENDAR)).toBe('2026-03-09');
  });

  it('skips Christmas (received Friday 19 December 2025)', () => {
    expect(managerSignOffDue('2025-12-19', CALENDAR)).toBe('2025-12-30');
  });

  it('skips Easter (received on Good Friday 2026)', () => {
    expect(managerSignOffDue('2026-04-03', CALENDAR)).toBe('2026-04-13');
  });

  it('skips the coronation bank holiday', () => {
    expect(managerSignOffDue('2023-05-05', CALENDAR)).toBe('2023-05-15');
  });

  it('takes another number of working days', () => {
    expect(managerSignOffDue('2026-03-02', CALENDAR, 10)).toBe('2026-03-16');
  });
});
