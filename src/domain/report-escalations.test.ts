import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { escalations, input } from './report-test-data';
import type { ReportEscalation } from './report-types';
import { annualReportFigures } from './reports';

// The hand-built dataset's escalations (report-test-data.ts), financial year 2025-26, with the
// referrals to Cafcass each test gives.
function figuresWith(referrals: (string | null | undefined)[]) {
  const referred: ReportEscalation[] = escalations.map((e, i) => ({
    ...e,
    cafcassReferredOn: referrals[i],
  }));
  return annualReportFigures({ ...input, escalations: referred });
}

describe('referrals to Cafcass (escalationFigures)', () => {
  it('counts the escalations referred in the period, at whatever stage they were', () => {
    // e1 referred on 1 April 2025 (the first day, after it was raised in March 2025); e3 on the
    // last day, at stage 3; e4 on the day it was raised; e2 not referred; e5 referred before the
    // period: 3.
    const figures = figuresWith(['2025-04-01', null, '2026-03-31', '2026-03-31', '2025-03-01']);
    expect(figures.cafcassReferrals.value).toBe(3);
    expect(figures.cafcassReferrals.label).toBe('Referrals to Cafcass');
    expect(figures.cafcassReferrals.definition).toMatch(
      /^Escalations whose child's case the IRO referred to Cafcass from 1 April 2025 to 31 March 2026/,
    );
    // The other escalation figures do not change.
    expect(figures.escalationsRaised.value).toEqual({ total: 3, byStage: { 1: 3, 2: 2, 3: 1 } });
    expect(figures.escalationsOpenAtEnd.value).toBe(2);
  });

  it('leaves out referrals before or after the period, and records with none', () => {
    expect(figuresWith([]).cafcassReferrals.value).toBe(0);
    expect(
      figuresWith([null, undefined, '2026-04-01', null, '2025-03-31']).cafcassReferrals.value,
    ).toBe(0);
  });

  it('refuses a referral dated before the escalation was raised, naming the field', () => {
    // e2 was raised on 1 July 2025.
    const figures = () => figuresWith([null, '2025-06-30']);
    expect(figures).toThrow(DomainError);
    expect(figures).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        field: 'escalations[1].cafcassReferredOn',
        message: 'A case cannot be referred to Cafcass before the escalation was raised',
      }),
    );
  });
});
