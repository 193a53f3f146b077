import { describe, expect, it } from 'vitest';
import type { QualityCheckAnswer } from './quality-checks';
import { annualReportFigures } from './reports';
import { input, reviews } from './report-test-data';

const checks = (
  answer: QualityCheckAnswer,
  overrides: Partial<Record<string, QualityCheckAnswer>> = {},
) => ({
  permanencePlan: { answer: overrides.permanencePlan ?? answer },
  healthAssessment: { answer: overrides.healthAssessment ?? answer },
  educationPlan: { answer: overrides.educationPlan ?? answer },
  socialWorkerVisits: { answer: overrides.socialWorkerVisits ?? answer },
  toldAboutAdvocacy: { answer: overrides.toldAboutAdvocacy ?? answer },
});

// In the period: A 15 Apr 2025 is A's 4th review, A 20 Oct 2025 its 5th; B 1 May 2025 is B's
// first; D 1 Apr 2025 is D's second. A review before the period (A 20 Oct 2024) is not counted.
const recorded: Partial<Record<string, ReturnType<typeof checks>>> = {
  'A 2024-10-20': checks('no'),
  'A 2025-04-15': checks('yes'),
  'A 2025-10-20': checks('yes', { healthAssessment: 'no', socialWorkerVisits: 'no' }),
  'B 2025-05-01': checks('not-applicable', { permanencePlan: 'no', healthAssessment: 'yes' }),
  'D 2025-04-01': checks('no', { educationPlan: 'not-applicable', toldAboutAdvocacy: 'yes' }),
};

describe('the IRO’s quality checks in the annual report', () => {
  const figures = annualReportFigures({
    ...input,
    reviews: reviews.map((r) => ({
      ...r,
      qualityChecks: recorded[`${r.childId} ${r.heldOn}`] ?? null,
    })),
  });

  it('counts the reviews held in the period with the checks recorded', () => {
    expect(figures.qualityChecksRecorded.value).toMatchObject({ count: 4, outOf: 14 });
  });

  it('gives each check as yes out of yes-or-no, the permanence plan from the second review', () => {
    const byKey = Object.fromEntries(
      figures.qualityChecks.map((f) => [f.key, [f.value.count, f.value.outOf]]),
    );
    expect(byKey).toEqual({
      // A 4th yes, A 5th yes, D 2nd no; B's first review is not counted.
      permanencePlan: [2, 3],
      // A yes, A no, B yes, D no.
      healthAssessment: [2, 4],
      // A yes, A yes, B not applicable, D not applicable.
      educationPlan: [2, 2],
      socialWorkerVisits: [1, 3],
      toldAboutAdvocacy: [3, 3],
    });
    expect(figures.qualityChecks.map((f) => f.label)).toEqual([
      'Permanence plan by the second review',
      'Health assessment up to date',
      'Personal education plan up to date (school age)',
      'Social worker’s visits within timescale',
      'Child told about advocacy and entitlements',
    ]);
    expect(figures.qualityChecks[2]?.definition).toContain(
      '2 answered not applicable are left out',
    );
  });
});
