import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type {
  AllocationQueue,
  CareEventBody,
  CareRecord,
  CreateChildBody,
  ReallocateChildBody,
  UpdateChildDetailsBody,
} from '@/lib/api/schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';
import { careKeys } from './care-keys';

/**
 * After a care write: the record as saved goes straight into the cache (the next page shows it at
 * once), then everything about children, caseloads, meetings (booking views, the queue), the team's
 * figures and the audit trail is stale.
 */
async function afterCareWrite(queryClient: QueryClient, record: CareRecord | null) {
  if (record !== null) queryClient.setQueryData(careKeys.record(record.id), record);
  await invalidateChildData(
    queryClient,
    queryKeys.meetings.all(),
    queryKeys.team.all(),
    queryKeys.audit.all(),
  );
}

/** POST /api/children: a new child becomes looked after. */
export function useCreateChild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateChildBody) => api.createChild(body),
    onSuccess: (record) => afterCareWrite(queryClient, record),
  });
}

/** POST /api/children/:childId/care-events: a change, leaving care or returning to care. */
export function useRecordCareEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ childId, body }: { childId: string; body: CareEventBody }) =>
      api.recordCareEvent(childId, body),
    onSuccess: (record) => afterCareWrite(queryClient, record),
  });
}

/** PATCH /api/children/:childId/details. */
export function useUpdateChildDetails() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ childId, body }: { childId: string; body: UpdateChildDetailsBody }) =>
      api.updateChildDetails(childId, body),
    onSuccess: (result) => afterCareWrite(queryClient, result.care),
  });
}

/** PATCH /api/children/:childId: allocate an IRO to a child awaiting one. */
export function useAllocateChild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ childId, body }: { childId: string; body: ReallocateChildBody }) =>
      api.reallocateChild(childId, body),
    onSuccess: async (_child, { childId }) => {
      // The child has an IRO now: off the queue at once, before the queue is asked again.
      queryClient.setQueriesData<AllocationQueue>(
        { queryKey: careKeys.allocationQueues() },
        (queue) =>
          queue === undefined
            ? undefined
            : { ...queue, items: queue.items.filter((item) => item.id !== childId) },
      );
      await afterCareWrite(queryClient, null);
    },
  });
}
