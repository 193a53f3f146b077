// Reports: the annual IRO report (figures computed by src/domain/reports.ts annualReportFigures).
import { z } from 'zod';
import {
  dateField,
  idSchema,
  iroFilterField,
  isoDateSchema,
  pageQueryFields,
  pageSchema,
} from './common';
import { PARTICIPATION_METHOD_VALUES, participationCodeSchema } from './vocabularies';

/** The longest period one report covers (a practical limit, not a rule). */
export const MAX_REPORT_YEARS = 10;

/** Query parameters of GET /api/reports/annual. */
export const annualReportQuerySchema = z
  .strictObject({
    from: dateField('Date the period starts'),
    to: dateField('Date the period ends'),
    /** Team managers: one IRO's caseload. IROs always get their own caseload. */
    iroId: iroFilterField,
    /** The page of lateReviews (the one list in the report; every other figure is a count). */
    ...pageQueryFields,
  })
  .superRefine((value, ctx) => {
    if (value.to < value.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'Date the period ends must be the same as or after the date it starts',
      });
      return;
    }
    const limit = `${String(Number(value.from.slice(0, 4)) + MAX_REPORT_YEARS).padStart(4, '0')}${value.from.slice(4)}`;
    if (value.to >= limit) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `The period must be shorter than ${MAX_REPORT_YEARS} years`,
      });
    }
  });
export interface AnnualReportParams {
  from: string;
  to: string;
  iroId?: string;
  /** The page of lateReviews (page 1 of DEFAULT_PAGE_SIZE unless asked). */
  page?: number;
  pageSize?: number;
}

const count = z.number().int().min(0);
export const ratioSchema = z.object({ count, outOf: count, percent: z.number().nullable() }).meta({
  id: 'Ratio',
  description: 'count out of outOf; percent unrounded, null when outOf is 0',
});
export type ReportRatio = z.infer<typeof ratioSchema>;

function figureSchema<T extends z.ZodType>(value: T) {
  return z.object({
    label: z.string(),
    value,
    /** What the figure counts, in words, printed beside it. */
    definition: z.string(),
  });
}

/** Late reviews with one reason from the council's list (code null: none chosen). */
export const lateReasonCountSchema = z
  .object({ code: z.string().nullable(), label: z.string(), count })
  .meta({ id: 'LateReasonCount' });

const byStageSchema = z.object({
  total: count,
  byStage: z.object({ 1: count, 2: count, 3: count }),
});

export const annualReportSchema = z
  .object({
    period: z.object({
      from: isoDateSchema,
      to: isoDateSchema,
      label: z.string(),
      /** The period has not ended: every figure is counted to this day (today), "so far". */
      soFarTo: isoDateSchema.nullable(),
    }),
    /** Whose children the figures cover. */
    scope: z.object({
      /** null: every child; otherwise the IRO whose current caseload is reported. */
      iroId: idSchema.nullable(),
      description: z.string(),
    }),
    /** The backend's today when the figures were computed. */
    today: isoDateSchema,
    settings: z.object({
      recordOfReviewTargetWorkingDays: count,
      recordOfReviewLimitWorkingDays: count,
      managerSignOffWorkingDays: count,
      leapDayRule: z.enum(['march-1', 'february-28']),
      iroContactMonths: count,
      midpointCheckGraceDays: count,
    }),
    childrenLookedAfterAtStart: figureSchema(count),
    childrenLookedAfterAtEnd: figureSchema(count),
    childrenStartedToBeLookedAfter: figureSchema(count),
    childrenCeasedToBeLookedAfter: figureSchema(count),
    reviewsHeld: figureSchema(count),
    reviewsInTimescale: figureSchema(ratioSchema),
    /** Paged (at 100,000 children the whole list is over 1 MB); totalItems counts every one. */
    lateReviews: figureSchema(
      pageSchema(
        z.object({
          childId: idSchema,
          /** The council's reference for the child (board papers do not name children). */
          childRef: z.string(),
          heldOn: isoDateSchema,
          due: isoDateSchema,
          daysLate: count,
          dueReason: z.string(),
          reason: z.string().nullable(),
          /** The reason chosen from the council's list (null: none chosen). */
          reasonCode: z.string().nullable(),
        }),
      ),
    ),
    lateReviewsByReason: figureSchema(z.array(lateReasonCountSchema)),
    participationByCode: figureSchema(z.record(participationCodeSchema, count)),
    participation: figureSchema(ratioSchema),
    participationIncludingUnder4s: figureSchema(ratioSchema),
    participationMethods: figureSchema(
      z.record(z.enum([...PARTICIPATION_METHOD_VALUES, 'not-recorded']), count),
    ),
    advocacyOffered: figureSchema(ratioSchema),
    advocacyReferrals: figureSchema(count),
    advocacyReferralsByProvider: figureSchema(
      z.array(z.object({ provider: z.string().nullable(), count })),
    ),
    advocacyDeclined: figureSchema(count),
    caseloads: figureSchema(
      z.object({
        byIro: z.array(
          z.object({
            iroId: idSchema,
            name: z.string(),
            fte: z.number().min(0),
            children: count,
            perFte: z.number().nullable(),
          }),
        ),
        allocated: count,
        unallocated: count,
        totalFte: z.number().min(0),
        perFte: z.number().nullable(),
      }),
    ),
    escalationsRaised: figureSchema(byStageSchema),
    escalationsResolved: figureSchema(byStageSchema),
    escalationsOpenAtEnd: figureSchema(count),
    cafcassReferrals: figureSchema(count),
    recordOfReviewWithinTarget: figureSchema(ratioSchema),
    recordOfReviewWithinLimit: figureSchema(ratioSchema),
    recordOfReviewNotYetCompleted: figureSchema(count),
    managerSignOffInTime: figureSchema(ratioSchema),
    managerSignOffNotYetDone: figureSchema(count),
    seenByIroInLastMonths: figureSchema(ratioSchema),
    midpointChecksOnTime: figureSchema(ratioSchema),
    qualityChecksRecorded: figureSchema(ratioSchema),
    qualityChecks: z.array(
      figureSchema(ratioSchema).extend({
        key: z.enum([
          'permanencePlan',
          'healthAssessment',
          'educationPlan',
          'socialWorkerVisits',
          'toldAboutAdvocacy',
        ]),
      }),
    ),
    reviewsByMonth: figureSchema(
      z.array(
        z.object({
          month: z.string().regex(/^\d{4}-\d{2}$/),
          label: z.string(),
          held: count,
          inTimescale: count,
        }),
      ),
    ),
  })
  .meta({ id: 'AnnualReport' });
export type AnnualReport = z.infer<typeof annualReportSchema>;

/** The formats Ofsted's Annex A, List 8 downloads in. */
export const ANNEX_A_FORMATS = ['csv', 'xlsx'] as const;
export type AnnexAFormat = (typeof ANNEX_A_FORMATS)[number];

/** Query parameters of GET /api/reports/annex-a/list-8. */
export const annexAList8QuerySchema = z.strictObject({
  asAt: dateField('Date the list is as at'),
  format: z.enum(ANNEX_A_FORMATS, { error: 'Select CSV or Excel' }),
});
export interface AnnexAList8Params {
  asAt: string;
  format: AnnexAFormat;
}
