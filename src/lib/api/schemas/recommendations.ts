// Outstanding recommendations across a caseload or a team: the open ones of every child's reviews
// in their current period of care, past target first.
import { z } from 'zod';
import {
  DEFAULT_PAGE_SIZE,
  idSchema,
  iroFilterField,
  isoDateSchema,
  pageNumberParam,
  pageSchema,
  pageSizeParam,
} from './common';

export const outstandingRecommendationSchema = z
  .object({
    childId: idSchema,
    childRef: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    iroId: idSchema,
    iroName: z.string(),
    reviewId: idSchema,
    reviewHeldOn: isoDateSchema,
    /** The review's version, to send when marking the recommendation. */
    reviewVersion: z.number().int(),
    recommendationId: idSchema,
    action: z.string(),
    owner: z.string(),
    targetDate: isoDateSchema,
    pastTarget: z.boolean(),
    /** Calendar days since the target date; 0 when not past it. */
    daysPastTarget: z.number().int(),
  })
  .meta({ id: 'OutstandingRecommendation' });
export type OutstandingRecommendation = z.infer<typeof outstandingRecommendationSchema>;

export const outstandingRecommendationsSchema = pageSchema(outstandingRecommendationSchema)
  .extend({ today: isoDateSchema, pastTarget: z.number().int() })
  .meta({ id: 'OutstandingRecommendations' });
export type OutstandingRecommendations = z.infer<typeof outstandingRecommendationsSchema>;

export const outstandingRecommendationsQuerySchema = z.strictObject({
  iroId: iroFilterField,
  page: pageNumberParam.default(1),
  pageSize: pageSizeParam.default(DEFAULT_PAGE_SIZE),
});
export interface OutstandingRecommendationsParams {
  iroId?: string;
  page?: number;
  pageSize?: number;
}
