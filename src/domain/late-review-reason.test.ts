import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LATE_REVIEW_REASONS,
  heldLateText,
  isHeldLate,
  LATE_REVIEW_REASON_CODE_LIMIT,
  LATE_REVIEW_REASON_LABEL_LIMIT,
  lateReviewReasonCode,
  lateReviewReasonOptionsFor,
  lateReviewReasonOptionsProblems,
  lateReviewReasonProblems,
  lateReviewReasonText,
} from './late-review-reason';

const options = DEFAULT_LATE_REVIEW_REASONS;
const DUE = '2026-03-14';

describe('the default list of reasons (a council setting)', () => {
  it('has the usual reasons and Other, which needs details', () => {
    expect(options.map((o) => o.label)).toEqual([
      'The child was unwell',
      'A key person could not attend',
      'The IRO was unavailable',
      'A placement move',
      'Other',
    ]);
    expect(options.filter((o) => o.detailsRequired).map((o) => o.code)).toEqual(['other']);
    expect(lateReviewReasonOptionsProblems(options)).toEqual([]);
  });
});

describe('isHeldLate and heldLateText', () => {
  it('a review held on its due date is in timescale; the day after is late', () => {
    expect(isHeldLate(DUE, DUE)).toBe(false);
    expect(isHeldLate('2026-03-15', DUE)).toBe(true);
    expect(heldLateText('2026-03-15', DUE)).toBe(
      'The review was held 1 day after it was due on 14 March 2026',
    );
    expect(heldLateText('2026-03-26', DUE)).toBe(
      'The review was held 12 days after it was due on 14 March 2026',
    );
  });
});

describe('lateReviewReasonProblems', () => {
  const check = (reason: Parameters<typeof lateReviewReasonProblems>[0], heldOn = '2026-03-20') =>
    lateReviewReasonProblems(reason, { heldOn, due: DUE, options });

  it('asks nothing of a review held in timescale, or when a date is not known', () => {
    expect(check(null, DUE)).toEqual([]);
    expect(lateReviewReasonProblems(null, { heldOn: null, due: DUE, options })).toEqual([]);
    expect(lateReviewReasonProblems(null, { heldOn: DUE, due: null, options })).toEqual([]);
  });

  it('a late review needs a reason from the list', () => {
    const message = {
      field: 'lateReason.code',
      message: 'Select why the review was held late: it was due on 14 March 2026',
    };
    expect(check(null)).toEqual([message]);
    expect(check({ code: '  ', details: null })).toEqual([message]);
    expect(check({ code: 'the-weather', details: null })).toEqual([
      {
        field: 'lateReason.code',
        message: 'Select a reason for holding the review late from the list',
      },
    ]);
    expect(check({ code: 'iro-unavailable', details: null })).toEqual([]);
  });

  it('Other needs details', () => {
    expect(check({ code: 'other', details: ' ' })).toEqual([
      { field: 'lateReason.details', message: 'Enter details of why the review was held late' },
    ]);
    expect(check({ code: 'other', details: 'The family were abroad' })).toEqual([]);
  });
});

describe('lateReviewReasonText', () => {
  it('is the label, with the details after it', () => {
    expect(lateReviewReasonText({ label: 'The child was unwell', details: null })).toBe(
      'The child was unwell',
    );
    expect(lateReviewReasonText({ label: 'Other', details: ' The family were abroad ' })).toBe(
      'Other: The family were abroad',
    );
  });
});

describe('lateReviewReasonOptionsProblems', () => {
  it('needs one reason or more, each with a code used once and words', () => {
    expect(lateReviewReasonOptionsProblems([])).toEqual([
      {
        field: 'lateReviewReasons',
        message: 'Enter at least one reason for holding a review late',
      },
    ]);
    expect(
      lateReviewReasonOptionsProblems([
        { code: 'unwell', label: 'Unwell', detailsRequired: false },
        { code: 'unwell', label: 'Poorly', detailsRequired: false },
        { code: 'Bad Code', label: ' ', detailsRequired: false },
      ]),
    ).toEqual([
      { field: 'lateReviewReasons.1.code', message: 'Reason code unwell is used more than once' },
      {
        field: 'lateReviewReasons.2.code',
        message: 'Reason code must be lower case letters, numbers and hyphens, like child-unwell',
      },
      { field: 'lateReviewReasons.2.label', message: 'Enter reason 3' },
    ]);
  });
});

describe('lateReviewReasonOptionsProblems: the same words twice', () => {
  it('refuses a reason whose words are already on the list, whatever their case and spaces', () => {
    expect(
      lateReviewReasonOptionsProblems([
        { code: 'carer-ill', label: 'The carer was ill', detailsRequired: false },
        { code: 'carer-ill-2', label: ' the  CARER was ill ', detailsRequired: false },
      ]),
    ).toEqual([
      {
        field: 'lateReviewReasons.1.label',
        message: 'Reason 2 is the same as reason 1',
      },
    ]);
    expect(
      lateReviewReasonOptionsProblems([
        { code: 'a', label: 'x'.repeat(LATE_REVIEW_REASON_LABEL_LIMIT), detailsRequired: false },
        { code: 'b', label: 'y'.repeat(121), detailsRequired: false },
      ]),
    ).toEqual([
      { field: 'lateReviewReasons.1.label', message: 'Reason 2 must be 120 characters or fewer' },
    ]);
  });
});

describe('lateReviewReasonCode', () => {
  it('is the words in kebab case, a valid code', () => {
    expect(lateReviewReasonCode('The carer’s car broke down!', [])).toBe(
      'the-carer-s-car-broke-down',
    );
    expect(lateReviewReasonCode('Café closed', [])).toBe('cafe-closed');
    expect(lateReviewReasonCode('   ', [])).toBe('reason');
    expect(lateReviewReasonCode('?!', ['reason'])).toBe('reason-2');
  });

  it('is never one already taken, and never longer than a code may be', () => {
    expect(lateReviewReasonCode('Other', ['other', 'other-2'])).toBe('other-3');
    const long = 'A very long reason indeed that goes on and on past forty characters';
    const code = lateReviewReasonCode(long, []);
    expect(code).toBe('a-very-long-reason-indeed-that-goes-on-a');
    const next = lateReviewReasonCode(long, [code]);
    expect(next).toBe('a-very-long-reason-indeed-that-goes-on-2');
    for (const made of [code, next]) {
      expect(made.length).toBeLessThanOrEqual(LATE_REVIEW_REASON_CODE_LIMIT);
      expect(
        lateReviewReasonOptionsProblems([{ code: made, label: long, detailsRequired: false }]),
      ).toEqual([]);
    }
  });
});

describe('lateReviewReasonOptionsFor', () => {
  it('adds a removed reason back, in its recorded words, for the review recorded with it only', () => {
    const list = DEFAULT_LATE_REVIEW_REASONS.filter((option) => option.code !== 'placement-move');
    expect(lateReviewReasonOptionsFor(list, null)).toBe(list);
    expect(
      lateReviewReasonOptionsFor(list, { code: 'child-unwell', label: 'Unwell', details: null }),
    ).toBe(list);
    expect(
      lateReviewReasonOptionsFor(list, {
        code: 'placement-move',
        label: 'A placement move',
        details: 'Moved to Leeds',
      }).at(-1),
    ).toEqual({ code: 'placement-move', label: 'A placement move', detailsRequired: true });
  });
});
