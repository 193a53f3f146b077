// The annual report's figures on the IRO's quality checks at each review (the monitoring form):
// for each check, the share of the period's reviews answering yes out of those answering yes or no.
import { QUALITY_CHECKS, qualityCheckFigures } from './quality-checks';
import { ratio } from './report-percent';
import type { ReportContext } from './report-context';
import type { AnnualReportFigures } from './report-types';

export function qualityCheckReportFigures(
  ctx: ReportContext,
): Pick<AnnualReportFigures, 'qualityChecksRecorded' | 'qualityChecks'> {
  const reviews = ctx.reviews.map((r) => ({
    reviewNumber: r.sequence,
    qualityChecks: r.review.qualityChecks ?? null,
  }));
  const recorded = reviews.filter((r) => r.qualityChecks !== null).length;
  const figures = qualityCheckFigures(reviews);
  return {
    qualityChecksRecorded: {
      label: 'Reviews with the quality checks recorded',
      value: ratio(recorded, reviews.length),
      definition:
        'Reviews held in the period whose IRO recorded the quality checks (the monitoring form). The figures below count only these reviews.',
    },
    qualityChecks: QUALITY_CHECKS.map((check) => {
      const figure = figures.find((f) => f.key === check.key);
      const scope =
        check.key === 'permanencePlan'
          ? 'second and later reviews held in the period'
          : 'reviews held in the period';
      return {
        key: check.key,
        label: check.label,
        value: ratio(figure?.yes ?? 0, figure?.applicable ?? 0),
        definition: `Of the ${scope} with the quality checks recorded, those where the IRO answered yes to “${check.question}”, out of those answered yes or no (${figure?.notApplicable ?? 0} answered not applicable are left out).`,
      };
    }),
  };
}
