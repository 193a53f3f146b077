// The IRO's quality checks at each review (the "monitoring form" many IRO services complete, for
// example Harrow's): five questions about the child's plan, each answered yes, no or not
// applicable, with a note. Recorded per review and reported as the share answered "yes".
import { formatDate, type IsoDate } from './calendar';
import { FieldProblemList, type FieldProblem } from './field-problems';
import { compulsorySchoolAge, isOfCompulsorySchoolAge } from './school-age';

export type QualityCheckKey =
  | 'permanencePlan'
  | 'healthAssessment'
  | 'educationPlan'
  | 'socialWorkerVisits'
  | 'toldAboutAdvocacy';

export type QualityCheckAnswer = 'yes' | 'no' | 'not-applicable';

export interface QualityCheckDefinition {
  key: QualityCheckKey;
  /** As the form asks it. */
  question: string;
  /** As the report and the record name it. */
  label: string;
  hint: string;
}

export const QUALITY_CHECKS: readonly QualityCheckDefinition[] = Object.freeze([
  {
    key: 'permanencePlan',
    question: 'Is there a permanence plan?',
    label: 'Permanence plan by the second review',
    hint: 'A permanence plan is expected by the second review',
  },
  {
    key: 'healthAssessment',
    question: 'Is the health assessment up to date?',
    label: 'Health assessment up to date',
    hint: 'Every six months under 5, every year from 5',
  },
  {
    key: 'educationPlan',
    question: 'Is the personal education plan (PEP) up to date?',
    label: 'Personal education plan up to date (school age)',
    hint: 'Needed for a child of compulsory school age',
  },
  {
    key: 'socialWorkerVisits',
    question: 'Were the social worker’s visits within timescale?',
    label: 'Social worker’s visits within timescale',
    hint: 'As the child’s plan and the visiting regulations require',
  },
  {
    key: 'toldAboutAdvocacy',
    question: 'Was the child told about advocacy and their entitlements?',
    label: 'Child told about advocacy and entitlements',
    hint: 'Including how to complain and the Independent Visitor service',
  },
] as const);

export const QUALITY_CHECK_NOTE_LIMIT = 500;

export interface QualityCheckEntry {
  /** null: not answered. */
  answer: QualityCheckAnswer | null;
  note: string | null;
}

export type QualityChecksEntry = Record<QualityCheckKey, QualityCheckEntry>;

export interface QualityCheckContext {
  dateOfBirth: IsoDate;
  heldOn: IsoDate | null;
  /** The review's number in its period of care (1 = first); null when not known yet. */
  reviewNumber: number | null;
}

/**
 * The checks as answered, one problem per field at most (`qualityChecks.<key>.answer` and
 * `.note`). Every question needs an answer once any is given; "not applicable" is refused where
 * the check applies by definition (a permanence plan from the second review; a PEP for a child of
 * compulsory school age on the day of the review).
 */
export function qualityCheckProblems(
  checks: QualityChecksEntry,
  context: QualityCheckContext,
): FieldProblem[] {
  const problems = new FieldProblemList();
  for (const check of QUALITY_CHECKS) {
    const entry = checks[check.key];
    const field = `qualityChecks.${check.key}`;
    if (entry.answer === null) {
      problems.add(`${field}.answer`, `Select an answer to “${check.question}”`);
    } else if (entry.answer === 'not-applicable') {
      if (
        check.key === 'permanencePlan' &&
        context.reviewNumber !== null &&
        context.reviewNumber >= 2
      ) {
        problems.add(
          `${field}.answer`,
          'A permanence plan is expected by the second review: answer yes or no',
        );
      }
      if (
        check.key === 'educationPlan' &&
        context.heldOn !== null &&
        isOfCompulsorySchoolAge(context.dateOfBirth, context.heldOn)
      ) {
        const { from } = compulsorySchoolAge(context.dateOfBirth);
        problems.add(
          `${field}.answer`,
          `The child has been of compulsory school age since ${formatDate(from)} and needs a personal education plan: answer yes or no`,
        );
      }
    }
    if ((entry.note ?? '').trim().length > QUALITY_CHECK_NOTE_LIMIT) {
      problems.add(
        `${field}.note`,
        `The note on “${check.question}” must be ${QUALITY_CHECK_NOTE_LIMIT} characters or fewer`,
      );
    }
  }
  return problems.list();
}

/** The share answered yes of the checks that applied (yes or no): "not applicable" is left out. */
export interface QualityCheckFigure {
  key: QualityCheckKey;
  label: string;
  yes: number;
  /** yes + no. */
  applicable: number;
  notApplicable: number;
}

/**
 * The annual report's figures: for each check, the reviews in the period answering yes out of
 * those answering yes or no. The permanence plan is counted from the second review on (the check
 * is "a plan by the second review").
 */
export function qualityCheckFigures(
  reviews: readonly {
    reviewNumber: number;
    qualityChecks: Record<QualityCheckKey, { answer: QualityCheckAnswer }> | null;
  }[],
): QualityCheckFigure[] {
  return QUALITY_CHECKS.map((check) => {
    let yes = 0;
    let applicable = 0;
    let notApplicable = 0;
    for (const review of reviews) {
      if (review.qualityChecks === null) continue;
      if (check.key === 'permanencePlan' && review.reviewNumber < 2) continue;
      const { answer } = review.qualityChecks[check.key];
      if (answer === 'not-applicable') notApplicable++;
      else {
        applicable++;
        if (answer === 'yes') yes++;
      }
    }
    return { key: check.key, label: check.label, yes, applicable, notApplicable };
  });
}
