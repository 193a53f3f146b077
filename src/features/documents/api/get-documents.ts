import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/meetings/:meetingId/documents: invitations and consultation forms. */
export const meetingDocumentsQuery = (meetingId: string) =>
  queryOptions({
    queryKey: queryKeys.meetings.documents(meetingId),
    queryFn: () => api.getMeetingDocuments(meetingId),
  });

export function useMeetingDocuments(meetingId: string) {
  return useQuery(meetingDocumentsQuery(meetingId));
}

/** GET /api/reviews/:reviewId/documents: the letter to the child and the decisions summary. */
export const reviewDocumentsQuery = (reviewId: string) =>
  queryOptions({
    queryKey: queryKeys.reviewDocuments(reviewId),
    queryFn: () => api.getReviewDocuments(reviewId),
  });

export function useReviewDocuments(reviewId: string) {
  return useQuery(reviewDocumentsQuery(reviewId));
}
