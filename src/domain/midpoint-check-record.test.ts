import { describe, expect, it } from 'vitest';
import { midpointCheckProblems } from './midpoint-check-record';

const TODAY = '2026-03-16';
const CONTEXT = { today: TODAY, lookedAfterOn: '2025-09-01' };

describe('midpointCheckProblems', () => {
  it('is today or in the past', () => {
    expect(midpointCheckProblems({ checkedOn: TODAY }, CONTEXT)).toEqual([]);
    expect(midpointCheckProblems({ checkedOn: '2026-03-17' }, CONTEXT)).toEqual([
      { field: 'checkedOn', message: 'Date of the midpoint check must be today or in the past' },
    ]);
  });

  it('is not before the child became looked after', () => {
    expect(midpointCheckProblems({ checkedOn: '2025-09-01' }, CONTEXT)).toEqual([]);
    expect(midpointCheckProblems({ checkedOn: '2025-08-31' }, CONTEXT)).toEqual([
      {
        field: 'checkedOn',
        message:
          'Date of the midpoint check cannot be before the child became looked after on 1 September 2025',
      },
    ]);
    expect(
      midpointCheckProblems({ checkedOn: '2025-08-31' }, { today: TODAY, lookedAfterOn: null }),
    ).toEqual([]);
  });

  it('checks nothing for an unknown date', () => {
    expect(midpointCheckProblems({ checkedOn: null }, CONTEXT)).toEqual([]);
  });
});
