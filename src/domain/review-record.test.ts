import { describe, expect, it } from 'vitest';
import type { IsoDate } from './calendar';
import {
  advocacyProblems,
  reviewRecordProblems,
  type ReviewRecord,
  type ReviewRecordContext,
} from './review-record';

const TODAY = '2026-03-16';
const BORN = '2015-06-01';
const HELD = '2026-03-10';
const CONTEXT: ReviewRecordContext = {
  today: TODAY,
  dateOfBirth: BORN,
  periodOfCare: { start: '2025-01-06', end: null },
  otherReviewDates: ['2025-07-01'],
};

function review(change: Partial<ReviewRecord> = {}): ReviewRecord {
  return {
    heldOn: HELD,
    participationCode: 'PN1',
    advocacy: { referralMade: false, referralDate: null, provider: null, declined: false },
    recommendations: [],
    recordOfReviewCompletedOn: null,
    decisionsSentOn: null,
    managerSignOffOn: null,
    ...change,
  };
}

/** Field → message, for the review with `change`. */
function problems(
  change: Partial<ReviewRecord> = {},
  context: Partial<ReviewRecordContext> = {},
): Record<string, string> {
  return Object.fromEntries(
    reviewRecordProblems(review(change), { ...CONTEXT, ...context }).map((p) => [
      p.field,
      p.message,
    ]),
  );
}

describe('reviewRecordProblems', () => {
  it('finds nothing wrong with a complete, consistent review', () => {
    expect(
      reviewRecordProblems(
        review({
          advocacy: {
            referralMade: true,
            referralDate: TODAY,
            provider: 'Coram Voice',
            declined: false,
          },
          recommendations: [{ targetDate: HELD, completedOn: TODAY }],
          recordOfReviewCompletedOn: HELD,
          decisionsSentOn: HELD,
          managerSignOffOn: HELD,
        }),
        CONTEXT,
      ),
    ).toEqual([]);
  });

  it('returns the API’s field names with their messages, in the order of the form', () => {
    const found = reviewRecordProblems(
      review({
        heldOn: TODAY,
        participationCode: 'PN0',
        recommendations: [{ targetDate: '2026-03-01', completedOn: null }],
        managerSignOffOn: TODAY,
      }),
      CONTEXT,
    );
    expect(found).toEqual([
      {
        field: 'participationCode',
        message: 'PN0 is only for children under 4 on the review date',
      },
      {
        field: 'recommendations.0.targetDate',
        message: 'Target date must be the same as or after the date the review was held',
      },
      {
        field: 'managerSignOffOn',
        message: 'Enter the date the decisions were sent before the manager’s sign-off',
      },
    ]);
  });

  describe('the date the review was held', () => {
    it('is today or in the past', () => {
      expect(problems({ heldOn: TODAY }).heldOn).toBeUndefined();
      expect(problems({ heldOn: '2026-03-17' }).heldOn).toBe(
        'Date the review was held must be today or in the past',
      );
    });

    it('is not before the period of care started', () => {
      expect(problems({ heldOn: '2025-01-06' }).heldOn).toBeUndefined();
      expect(problems({ heldOn: '2025-01-05' }).heldOn).toBe(
        'Review date cannot be before the child became looked after on 6 January 2025',
      );
    });

    it('is not after the period of care ended', () => {
      const ended = { periodOfCare: { start: '2025-01-06', end: '2025-12-31' } };
      expect(problems({ heldOn: '2025-12-31' }, ended).heldOn).toBeUndefined();
      expect(problems({ heldOn: '2026-01-01' }, ended).heldOn).toBe(
        'Review date cannot be after the period of care ended on 31 December 2025',
      );
    });

    it('without a period of care, is not before the child was born', () => {
      const noPeriod = { periodOfCare: null };
      expect(problems({ heldOn: BORN }, noPeriod).heldOn).toBeUndefined();
      expect(problems({ heldOn: '2015-05-31' }, noPeriod).heldOn).toBe(
        'Date the review was held cannot be before the child was born',
      );
      expect(problems({ heldOn: '2015-05-31' }, { periodOfCare: undefined }).heldOn).toBe(
        'Date the review was held cannot be before the child was born',
      );
    });

    it('is not the day of another review', () => {
      expect(problems({ heldOn: '2025-07-02' }).heldOn).toBeUndefined();
      expect(problems({ heldOn: '2025-07-01' }).heldOn).toBe(
        'A review has already been recorded on 1 July 2025',
      );
      expect(problems({ heldOn: '2025-07-01' }, { otherReviewDates: undefined }).heldOn).toBe(
        undefined,
      );
    });

    it('gives one message, the first rule broken', () => {
      expect(problems({ heldOn: '2026-03-17' }, { otherReviewDates: ['2026-03-17'] })).toEqual({
        heldOn: 'Date the review was held must be today or in the past',
      });
    });

    it('when unknown (null), is not checked and nothing is compared with it', () => {
      expect(
        problems({
          heldOn: null,
          participationCode: 'PN0',
          recommendations: [{ targetDate: '2000-01-01', completedOn: '2000-01-01' }],
          recordOfReviewCompletedOn: '2000-01-01',
          decisionsSentOn: '2000-01-01',
        }),
      ).toEqual({});
    });
  });

  describe('the participation code, by the child’s age on the review date', () => {
    const FOURTH_BIRTHDAY = '2026-03-10';
    const toddler = { dateOfBirth: '2022-03-10', periodOfCare: { start: '2022-03-10', end: null } };

    it('PN0 under 4, PN1 to PN7 from 4, either on the 4th birthday', () => {
      expect(problems({ heldOn: '2026-03-09', participationCode: 'PN0' }, toddler)).toEqual({});
      expect(
        problems({ heldOn: '2026-03-09', participationCode: 'PN1' }, toddler).participationCode,
      ).toBe('PN1 to PN7 are for children aged 4 or over on the review date: this child was 3');
      expect(problems({ heldOn: FOURTH_BIRTHDAY, participationCode: 'PN0' }, toddler)).toEqual({});
      expect(problems({ heldOn: FOURTH_BIRTHDAY, participationCode: 'PN7' }, toddler)).toEqual({});
      expect(problems({ heldOn: '2026-03-11', participationCode: 'PN1' }, toddler)).toEqual({});
      expect(
        problems({ heldOn: '2026-03-11', participationCode: 'PN0' }, toddler).participationCode,
      ).toBe('PN0 is only for children under 4 on the review date');
    });

    it('asks for a code when there is none, and names an unknown one', () => {
      expect(problems({ participationCode: null }).participationCode).toBe(
        'Select how the child participated in the review',
      );
      expect(problems({ participationCode: 'PN9' }).participationCode).toBe(
        "Participation code must be one of PN0 to PN7: got 'PN9'",
      );
    });

    it('is judged on a review date that is itself wrong, but not before birth or unknown', () => {
      expect(problems({ heldOn: '2026-03-17', participationCode: 'PN0' })).toEqual({
        heldOn: 'Date the review was held must be today or in the past',
        participationCode: 'PN0 is only for children under 4 on the review date',
      });
      expect(
        problems({ heldOn: '2015-05-31', participationCode: 'PN9' }, { periodOfCare: null }),
      ).toEqual({ heldOn: 'Date the review was held cannot be before the child was born' });
      expect(problems({ heldOn: null, participationCode: 'PN9' })).toEqual({});
    });
  });

  describe('advocacy', () => {
    const referred = { referralMade: true, provider: 'Coram Voice', declined: false };

    it('a referral date is today or in the past, referral or not', () => {
      expect(problems({ advocacy: { ...referred, referralDate: TODAY } })).toEqual({});
      expect(problems({ advocacy: { ...referred, referralDate: '2026-03-17' } })).toEqual({
        'advocacy.referralDate': 'Date of the advocacy referral must be today or in the past',
      });
      expect(
        problems({ advocacy: { ...referred, referralMade: false, referralDate: '2026-03-17' } }),
      ).toEqual({
        'advocacy.referralDate': 'Date of the advocacy referral must be today or in the past',
      });
    });

    it('a referral needs its date and provider; without a referral, neither', () => {
      expect(problems({ advocacy: { ...referred, referralDate: null, provider: ' ' } })).toEqual({
        'advocacy.referralDate': 'Enter the date of the advocacy referral',
        'advocacy.provider': 'Enter the advocacy provider the child was referred to',
      });
      expect(problems({ advocacy: { ...referred, referralDate: TODAY, provider: null } })).toEqual({
        'advocacy.provider': 'Enter the advocacy provider the child was referred to',
      });
      expect(
        problems({
          advocacy: { referralMade: false, referralDate: null, provider: null, declined: true },
        }),
      ).toEqual({});
    });

    it('is not both referred and declined', () => {
      expect(problems({ advocacy: { ...referred, referralDate: TODAY, declined: true } })).toEqual({
        'advocacy.declined': 'Advocacy cannot be both referred and declined',
      });
    });

    it('advocacyProblems has the same rules on their own (no dates compared)', () => {
      expect(
        advocacyProblems({ referralMade: true, referralDate: null, provider: '', declined: true }),
      ).toEqual([
        { field: 'advocacy.referralDate', message: 'Enter the date of the advocacy referral' },
        {
          field: 'advocacy.provider',
          message: 'Enter the advocacy provider the child was referred to',
        },
        { field: 'advocacy.declined', message: 'Advocacy cannot be both referred and declined' },
      ]);
      expect(
        advocacyProblems({
          referralMade: true,
          referralDate: '2999-01-01',
          provider: 'Coram Voice',
          declined: false,
        }),
      ).toEqual([]);
    });
  });

  describe('recommendations', () => {
    const one = (targetDate: IsoDate | null, completedOn: IsoDate | null = null) => ({
      recommendations: [
        { targetDate: HELD, completedOn: null },
        { targetDate, completedOn },
      ],
    });

    it('a target date is on or after the review date (and may be in the future)', () => {
      expect(problems(one(HELD))).toEqual({});
      expect(problems(one('2027-01-01'))).toEqual({});
      expect(problems(one('2026-03-09'))).toEqual({
        'recommendations.1.targetDate':
          'Target date must be the same as or after the date the review was held',
      });
    });

    it('a completed action is between the review date and today', () => {
      expect(problems(one(HELD, HELD))).toEqual({});
      expect(problems(one(HELD, TODAY))).toEqual({});
      expect(problems(one(HELD, '2026-03-09'))).toEqual({
        'recommendations.1.completedOn':
          'Date the action was completed must be the same as or after the date the review was held',
      });
      expect(problems(one(HELD, '2026-03-17'))).toEqual({
        'recommendations.1.completedOn':
          'Date the action was completed must be today or in the past',
      });
    });
  });

  describe('the record of the review and the decisions', () => {
    it.each([
      ['recordOfReviewCompletedOn', 'Date the record of the review was completed'],
      ['decisionsSentOn', 'Date the decisions were sent'],
    ] as const)('%s is between the review date and today', (field, label) => {
      expect(problems({ [field]: HELD })).toEqual({});
      expect(problems({ [field]: TODAY })).toEqual({});
      expect(problems({ [field]: '2026-03-09' })).toEqual({
        [field]: `${label} must be the same as or after the date the review was held`,
      });
      expect(problems({ [field]: '2026-03-17' })).toEqual({
        [field]: `${label} must be today or in the past`,
      });
    });

    it('are not compared with a review date that is itself wrong', () => {
      expect(
        problems({
          heldOn: '2026-03-17',
          recordOfReviewCompletedOn: TODAY,
          decisionsSentOn: TODAY,
          recommendations: [{ targetDate: TODAY, completedOn: TODAY }],
        }),
      ).toEqual({ heldOn: 'Date the review was held must be today or in the past' });
      expect(problems({ heldOn: '2025-07-01', recordOfReviewCompletedOn: '2025-06-30' })).toEqual({
        heldOn: 'A review has already been recorded on 1 July 2025',
      });
    });
  });

  describe('the manager’s sign-off', () => {
    it('is between the date the decisions were sent and today', () => {
      expect(problems({ decisionsSentOn: '2026-03-12', managerSignOffOn: '2026-03-12' })).toEqual(
        {},
      );
      expect(problems({ decisionsSentOn: '2026-03-12', managerSignOffOn: TODAY })).toEqual({});
      expect(problems({ decisionsSentOn: '2026-03-12', managerSignOffOn: '2026-03-11' })).toEqual({
        managerSignOffOn:
          'Date of the manager’s sign-off must be the same as or after the date the decisions were sent',
      });
      expect(problems({ decisionsSentOn: '2026-03-12', managerSignOffOn: '2026-03-17' })).toEqual({
        managerSignOffOn: 'Date of the manager’s sign-off must be today or in the past',
      });
    });

    it('needs the date the decisions were sent first', () => {
      expect(problems({ decisionsSentOn: null, managerSignOffOn: TODAY })).toEqual({
        managerSignOffOn: 'Enter the date the decisions were sent before the manager’s sign-off',
      });
      expect(problems({ decisionsSentOn: null, managerSignOffOn: null })).toEqual({});
    });

    it('is not compared with a decisions date that is itself wrong', () => {
      expect(problems({ decisionsSentOn: '2026-03-17', managerSignOffOn: TODAY })).toEqual({
        decisionsSentOn: 'Date the decisions were sent must be today or in the past',
      });
    });
  });
});

describe('the record the sign-off reads, and the quality checks', () => {
  it('needs the decisions in words and the care plan answer before the decisions are sent', () => {
    expect(problems({ decisionsSentOn: TODAY, decisions: ' ', carePlanEndorsed: null })).toEqual({
      decisions: 'Enter the decisions before the date they were sent',
      carePlanEndorsed:
        'Select whether the review endorsed the care plan before the date the decisions were sent',
    });
    expect(
      problems({ decisionsSentOn: TODAY, decisions: 'Endorsed', carePlanEndorsed: false }),
    ).toEqual({});
    // Not sent yet: the decisions may still be a draft, or blank.
    expect(problems({ decisions: '', carePlanEndorsed: null })).toEqual({});
  });

  it('a recommendation cannot be both done and no longer needed, nor closed before the review', () => {
    expect(
      problems({
        recommendations: [
          {
            targetDate: TODAY,
            completedOn: TODAY,
            noLongerNeeded: { on: '2026-03-01', note: 'x' },
          },
        ],
      }),
    ).toEqual({
      'recommendations.0.completedOn': 'A recommendation cannot be both done and no longer needed',
      'recommendations.0.noLongerNeeded.on':
        'Date it was found no longer needed must be the same as or after the date the review was held',
    });
  });

  it('runs the quality checks with the review’s number in its period', () => {
    const checks = {
      permanencePlan: { answer: 'not-applicable' as const, note: null },
      healthAssessment: { answer: 'yes' as const, note: null },
      educationPlan: { answer: 'yes' as const, note: null },
      socialWorkerVisits: { answer: 'yes' as const, note: null },
      toldAboutAdvocacy: { answer: 'yes' as const, note: null },
    };
    expect(problems({ qualityChecks: checks }, { reviewNumber: 1 })).toEqual({});
    expect(problems({ qualityChecks: checks }, { reviewNumber: 2 })).toEqual({
      'qualityChecks.permanencePlan.answer':
        'A permanence plan is expected by the second review: answer yes or no',
    });
  });
});

describe('reviewRecordProblems: who owns a recommendation', () => {
  it('refuses a personal adviser for a child under 16 on the review date, on the owner field', () => {
    expect(
      problems({
        recommendations: [
          { owner: 'Social worker', targetDate: HELD, completedOn: null },
          { owner: 'Personal adviser', targetDate: HELD, completedOn: null },
        ],
      }),
    ).toEqual({
      'recommendations.1.owner':
        'A personal adviser is for young people aged 16 or over leaving care: this child was 10 on the review date. Enter who else is responsible, for example the social worker',
    });
  });

  it('accepts a personal adviser for a 16-year-old', () => {
    expect(
      problems(
        { recommendations: [{ owner: 'Personal adviser', targetDate: HELD, completedOn: null }] },
        { dateOfBirth: '2010-01-01' },
      ),
    ).toEqual({});
  });
});
