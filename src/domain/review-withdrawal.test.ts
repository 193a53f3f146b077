import { describe, expect, it } from 'vitest';
import { heldReviews, reviewWithdrawalProblems } from './review-withdrawal';

describe('withdrawing a review entered in error', () => {
  it('a review still counted can be withdrawn; one already withdrawn cannot', () => {
    expect(reviewWithdrawalProblems({ heldOn: '2026-05-01', withdrawn: null })).toEqual([]);
    expect(
      reviewWithdrawalProblems({ heldOn: '2026-05-01', withdrawn: { on: '2026-06-02' } }),
    ).toEqual([
      {
        field: 'withdrawn',
        message: 'The review held on 1 May 2026 was already withdrawn on 2 June 2026',
      },
    ]);
  });

  it('heldReviews keeps only the reviews that count, in their order', () => {
    const reviews = [
      { id: 'a', withdrawn: null },
      { id: 'b', withdrawn: { on: '2026-06-02' } },
      { id: 'c', withdrawn: null },
    ];
    expect(heldReviews(reviews).map((r) => r.id)).toEqual(['a', 'c']);
  });
});
