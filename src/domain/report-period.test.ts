import { describe, expect, it } from 'vitest';
import { financialYearPeriod } from './report-period';

describe('financialYearPeriod', () => {
  it('from a label', () => {
    expect(financialYearPeriod('2025-26')).toEqual({
      from: '2025-04-01',
      to: '2026-03-31',
      label: '2025-26',
    });
    expect(financialYearPeriod('2025/26')).toEqual(financialYearPeriod('2025-26'));
    expect(financialYearPeriod('1999-00')).toEqual({
      from: '1999-04-01',
      to: '2000-03-31',
      label: '1999-00',
    });
  });

  it('from a date in the year', () => {
    expect(financialYearPeriod('2026-03-31').label).toBe('2025-26');
    expect(financialYearPeriod('2026-04-01').label).toBe('2026-27');
  });

  it('rejects anything else', () => {
    for (const bad of ['2025-27', '2025', '25-26', '2025-2026', '2026-02-30', '']) {
      expect(() => financialYearPeriod(bad)).toThrow(
        expect.objectContaining({ code: 'invalid-argument', field: 'financialYear' }),
      );
    }
  });
});
