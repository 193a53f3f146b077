import { describe, expect, it } from 'vitest';
import { annualReportFigures } from './reports';
import { input, reviews } from './report-test-data';

// The hand-built dataset has three late reviews: F on 20 Jun 2025, A on 20 Oct 2025, E on 31 Mar 2026.
const UNWELL = { code: 'child-unwell', label: 'The child was unwell' };
const OTHER = { code: 'other', label: 'Other' };

function withReasons(
  reasons: Record<
    string,
    { category: { code: string; label: string } | null; text: string | null }
  >,
) {
  return reviews.map((r) => {
    const reason = reasons[`${r.childId} ${r.heldOn}`];
    return reason === undefined
      ? r
      : { ...r, lateReason: reason.text, lateReasonCategory: reason.category };
  });
}

describe('late reviews by reason', () => {
  it('counts the late reviews by the reason chosen, the most common first, none chosen last', () => {
    const figures = annualReportFigures({
      ...input,
      reviews: withReasons({
        'F 2025-06-20': { category: OTHER, text: 'Other: the family were abroad' },
        'A 2025-10-20': { category: OTHER, text: 'Other: an interpreter was not free' },
        // A reason on a review held in timescale is not counted.
        'A 2025-04-15': { category: UNWELL, text: 'The child was unwell' },
      }),
    });
    expect(figures.lateReviewsByReason.value).toEqual([
      { code: 'other', label: 'Other', count: 2 },
      { code: null, label: 'Not recorded', count: 1 },
    ]);
    expect(figures.lateReviews.value.map((r) => [r.childId, r.reasonCode, r.reason])).toEqual([
      ['F', 'other', 'Other: the family were abroad'],
      ['A', 'other', 'Other: an interpreter was not free'],
      ['E', null, null],
    ]);
    const total = figures.lateReviewsByReason.value.reduce((sum, r) => sum + r.count, 0);
    expect(total).toBe(figures.lateReviews.value.length);
    expect(figures.lateReviewsByReason.label).toBe('Late reviews by reason');
    expect(figures.lateReviewsByReason.definition).toContain(
      'The counts add up to the reviews held late',
    );
  });

  it('orders equal counts by the reason’s words; a review with only a meeting’s reason is not recorded', () => {
    const figures = annualReportFigures({
      ...input,
      reviews: withReasons({
        'F 2025-06-20': { category: UNWELL, text: 'The child was unwell' },
        'A 2025-10-20': { category: OTHER, text: 'Other: abroad' },
        'E 2026-03-31': { category: null, text: 'Interpreter not available before the due date' },
      }),
    });
    expect(figures.lateReviewsByReason.value.map((r) => [r.label, r.count])).toEqual([
      ['Other', 1],
      ['The child was unwell', 1],
      ['Not recorded', 1],
    ]);
  });

  it('is empty when no review was held late', () => {
    const figures = annualReportFigures({ ...input, reviews: [] });
    expect(figures.lateReviewsByReason.value).toEqual([]);
  });

  it('counts a reason reworded since as one, in the words of the latest review held with it', () => {
    const figures = annualReportFigures({
      ...input,
      reviews: withReasons({
        'E 2026-03-31': { category: { code: 'other', label: 'Something else' }, text: 'Later' },
        'F 2025-06-20': { category: OTHER, text: 'Other: the family were abroad' },
        'A 2025-10-20': { category: OTHER, text: 'Other: abroad' },
      }),
    });
    expect(figures.lateReviewsByReason.value).toEqual([
      { code: 'other', label: 'Something else', count: 3 },
    ]);
    // Each review still shows the words it was recorded with.
    expect(figures.lateReviews.value.map((r) => r.reason)).toEqual([
      'Other: the family were abroad',
      'Other: abroad',
      'Later',
    ]);
  });
});
