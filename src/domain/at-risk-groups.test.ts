import { describe, expect, it } from 'vitest';
import { groupReviewsAtRisk, orderReviewsAtRisk, weekStarting } from './at-risk-groups';

const review = (due: string, iroId: string, iroName: string, childRef: string) => ({
  due,
  iroId,
  iroName,
  childRef,
});

describe('weekStarting', () => {
  it('is the Monday on or before the date', () => {
    expect(weekStarting('2026-11-30')).toBe('2026-11-30'); // Monday
    expect(weekStarting('2026-12-06')).toBe('2026-11-30'); // Sunday
    expect(weekStarting('2026-12-01')).toBe('2026-11-30');
    expect(weekStarting('2027-01-01')).toBe('2026-12-28'); // across a year end
  });
});

describe('orderReviewsAtRisk and groupReviewsAtRisk', () => {
  const items = [
    review('2026-12-04', 'st_2', 'Bea Adams', 'C3'),
    review('2026-12-08', 'st_1', 'Ann Zed', 'C5'),
    review('2026-12-01', 'st_1', 'Ann Zed', 'C2'),
    review('2026-11-30', 'st_2', 'Bea Adams', 'C4'),
    review('2026-12-01', 'st_1', 'Ann Zed', 'C1'),
  ];

  it('orders by week due, then IRO name, then due date and child', () => {
    // Week of 30 November: Ann Zed's two (1 December, by child), then Bea Adams's (30 November, 4 December).
    expect(orderReviewsAtRisk(items).map((item) => item.childRef)).toEqual([
      'C1',
      'C2',
      'C4',
      'C3',
      'C5',
    ]);
  });

  it('counts each week and each IRO within it', () => {
    expect(groupReviewsAtRisk(orderReviewsAtRisk(items))).toEqual([
      {
        weekOf: '2026-11-30',
        count: 4,
        iros: [
          { iroId: 'st_1', iroName: 'Ann Zed', count: 2 },
          { iroId: 'st_2', iroName: 'Bea Adams', count: 2 },
        ],
      },
      { weekOf: '2026-12-07', count: 1, iros: [{ iroId: 'st_1', iroName: 'Ann Zed', count: 1 }] },
    ]);
    expect(groupReviewsAtRisk([])).toEqual([]);
  });
});
