import { queryKeys } from '@/lib/query-keys';

// The feature's query keys, under the children's so that any write about children
// (invalidateChildData) makes them stale too.
export const careKeys = {
  all: () => [...queryKeys.children.all(), 'care'] as const,
  record: (childId: string) => [...careKeys.all(), 'record', childId] as const,
  /** Every page of the allocation queue. */
  allocationQueues: () => [...careKeys.all(), 'allocation-queue'] as const,
  allocationQueue: (page: number) => [...careKeys.allocationQueues(), page] as const,
  leftCare: (iroId: string | undefined, page: number) =>
    [...careKeys.all(), 'left-care', iroId ?? 'everyone', page] as const,
};
