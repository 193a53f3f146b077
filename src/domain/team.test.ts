import { describe, expect, it } from 'vitest';
import { isDomainError } from './errors';
import {
  atRiskCategory,
  caseloadBandPosition,
  escalationAge,
  escalationStageReachedOn,
  horizonInWeeks,
  horizonToDate,
  perFte,
  signOffWait,
  yearToDate,
} from './team';
import { CALENDAR } from './test-holidays';
import * as domain from './index';

// Today is Monday 16 March 2026 unless a test says otherwise. Bank holidays near it: Good Friday
// 3 April 2026 and Easter Monday 6 April 2026.
const TODAY = '2026-03-16';

describe('horizonInWeeks', () => {
  it('runs 7 days a week from today, the last day included', () => {
    expect(horizonInWeeks(TODAY, 2)).toEqual({
      until: '2026-03-30',
      weeks: 2,
      label: 'the next 2 weeks (to 30 March 2026)',
    });
    expect(horizonInWeeks(TODAY, 4).until).toBe('2026-04-13');
    expect(horizonInWeeks(TODAY, 8).until).toBe('2026-05-11');
    expect(horizonInWeeks(TODAY, 1).label).toBe('the next 1 week (to 23 March 2026)');
  });

  it('rejects a horizon that is not a whole number of weeks from 1 to 52', () => {
    for (const weeks of [0, -1, 2.5, 53, Number.NaN]) {
      expect(() => horizonInWeeks(TODAY, weeks)).toThrow(/whole number of weeks/);
    }
  });
});

describe('horizonToDate', () => {
  it('accepts today or a later date', () => {
    expect(horizonToDate(TODAY, TODAY)).toEqual({
      until: TODAY,
      weeks: null,
      label: 'up to 16 March 2026',
    });
    expect(horizonToDate(TODAY, '2026-06-01').until).toBe('2026-06-01');
  });

  it('rejects a date in the past or not a real date, naming the field', () => {
    let error: unknown;
    try {
      horizonToDate(TODAY, '2026-03-15');
    } catch (caught) {
      error = caught;
    }
    expect(isDomainError(error) && error.field).toBe('until');
    expect(() => horizonToDate(TODAY, '2026-02-30')).toThrow('The date must be a real date');
  });
});

describe('atRiskCategory', () => {
  const until = '2026-04-13';

  it('lists every overdue review, whatever the horizon', () => {
    expect(atRiskCategory({ status: 'overdue', due: '2025-12-01' }, until)).toBe('overdue');
    expect(atRiskCategory({ status: 'overdue', due: '2026-03-13' }, TODAY)).toBe('overdue');
  });

  it('lists reviews due within the horizon that are not booked or booked after the due date', () => {
    expect(atRiskCategory({ status: 'at-risk', due: '2026-03-20' }, until)).toBe('not-booked');
    // On track only means "not yet inside the at-risk setting": nothing is booked.
    expect(atRiskCategory({ status: 'on-track', due: '2026-04-10' }, until)).toBe('not-booked');
    expect(atRiskCategory({ status: 'booked-late', due: '2026-04-13' }, until)).toBe('booked-late');
  });

  it('leaves out booked reviews and reviews due after the horizon', () => {
    expect(atRiskCategory({ status: 'booked', due: '2026-03-20' }, until)).toBeNull();
    expect(atRiskCategory({ status: 'on-track', due: '2026-04-14' }, until)).toBeNull();
    expect(atRiskCategory({ status: 'booked-late', due: '2026-04-14' }, until)).toBeNull();
  });
});

describe('signOffWait', () => {
  it('counts 5 working days from the day the decisions were sent (day 0)', () => {
    // Sent Monday 9 March 2026: due Monday 16 March (10, 11, 12, 13, 16).
    expect(signOffWait('2026-03-09', TODAY, CALENDAR, 5)).toEqual({
      due: '2026-03-16',
      workingDaysWaiting: 5,
      late: false,
      reason: 'Sign-off is due today',
    });
    expect(signOffWait('2026-03-12', TODAY, CALENDAR).reason).toBe(
      'Sign-off is due by 19 March 2026',
    );
  });

  it('flags sign-off past the due date, skipping weekends and bank holidays', () => {
    // Sent Tuesday 31 March 2026: 1, 2, (3 Good Friday), (6 Easter Monday), 7, 8, 9 = due 9 April.
    const wait = signOffWait('2026-03-31', '2026-04-13', CALENDAR, 5);
    expect(wait).toEqual({
      due: '2026-04-09',
      workingDaysWaiting: 7,
      late: true,
      reason: 'Sign-off was due on 9 April 2026: 2 working days late',
    });
    // Saturday after a Friday due date: late, but no working day has passed.
    expect(signOffWait('2026-03-06', '2026-03-14', CALENDAR, 5).reason).toBe(
      'Sign-off was due on 13 March 2026',
    );
  });
});

describe('escalationAge', () => {
  it('counts working days open and at the current stage, flagging those over the limit', () => {
    // Raised Monday 16 February 2026: 20 working days later is Monday 16 March.
    expect(
      escalationAge({ raisedOn: '2026-02-16', stageReachedOn: '2026-03-09' }, TODAY, CALENDAR, 20),
    ).toEqual({
      workingDaysOpen: 20,
      workingDaysAtStage: 5,
      overLimit: false,
      stagePastTarget: false,
    });
    expect(
      escalationAge({ raisedOn: '2026-02-13', stageReachedOn: '2026-02-13' }, TODAY, CALENDAR, 20),
    ).toEqual({
      workingDaysOpen: 21,
      workingDaysAtStage: 21,
      overLimit: true,
      stagePastTarget: true,
    });
  });

  it('holds the current stage to the same limit: past target after more than that at the stage', () => {
    // Raised 2 January 2026 (over the limit), at stage 2 since Monday 16 February: 20 working
    // days at the stage is on target, 21 (from Friday 13 February) is past it.
    const age = (stageReachedOn: string, limit = 20) =>
      escalationAge({ raisedOn: '2026-01-02', stageReachedOn }, TODAY, CALENDAR, limit);
    expect(age('2026-02-16')).toMatchObject({ overLimit: true, stagePastTarget: false });
    expect(age('2026-02-13')).toMatchObject({ workingDaysAtStage: 21, stagePastTarget: true });
    expect(age(TODAY, 0)).toMatchObject({ workingDaysAtStage: 0, stagePastTarget: false });
    expect(age('2026-03-13', 0)).toMatchObject({ workingDaysAtStage: 1, stagePastTarget: true });
  });

  it('rejects a limit that is not a whole number of working days', () => {
    expect(() =>
      escalationAge({ raisedOn: TODAY, stageReachedOn: TODAY }, TODAY, CALENDAR, -1),
    ).toThrow(/whole number/);
  });
});

describe('escalationStageReachedOn', () => {
  it('is the latest day recorded for the current stage, else the day it was raised', () => {
    const stages = [
      { stage: 1, reachedOn: '2026-01-05' },
      { stage: 2, reachedOn: '2026-02-02' },
    ];
    expect(escalationStageReachedOn({ stage: 2, raisedOn: '2026-01-05', stages })).toBe(
      '2026-02-02',
    );
    expect(escalationStageReachedOn({ stage: 1, raisedOn: '2026-01-05', stages })).toBe(
      '2026-01-05',
    );
    expect(escalationStageReachedOn({ stage: 3, raisedOn: '2026-01-05', stages })).toBe(
      '2026-01-05',
    );
    expect(escalationStageReachedOn({ stage: 1, raisedOn: '2026-01-05', stages: [] })).toBe(
      '2026-01-05',
    );
  });
});

describe('yearToDate', () => {
  it('runs from 1 April to today', () => {
    expect(yearToDate(TODAY)).toEqual({
      from: '2025-04-01',
      to: TODAY,
      label: '2025-26 so far, to 16 March 2026 (from 1 April 2025)',
    });
    expect(yearToDate('2026-04-01')).toEqual({
      from: '2026-04-01',
      to: '2026-04-01',
      label: '2026-27 so far, to 1 April 2026 (from 1 April 2026)',
    });
  });
});

describe('caseloads per FTE against the band', () => {
  const band = { min: 50, max: 70 };

  it('flags above the maximum and notes below the minimum', () => {
    expect(caseloadBandPosition(perFte(74, 1), band)).toBe('above');
    expect(caseloadBandPosition(perFte(70, 1), band)).toBe('within');
    expect(caseloadBandPosition(perFte(50, 1), band)).toBe('within');
    expect(caseloadBandPosition(perFte(44, 1), band)).toBe('below');
    // 34 children at 0.6 FTE is 56.7 per FTE: within.
    expect(perFte(34, 0.6)).toBeCloseTo(56.667, 3);
    expect(caseloadBandPosition(perFte(34, 0.6), band)).toBe('within');
    expect(caseloadBandPosition(perFte(3, 0), band)).toBeNull();
  });
});

it('is exported from the domain index', () => {
  expect(domain.atRiskCategory).toBe(atRiskCategory);
  expect(domain.signOffWait).toBe(signOffWait);
});
