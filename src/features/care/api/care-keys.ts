import { queryKeys } from '@/lib/query-keys';

// The feature's query keys, under the children's so that any write about children
// (invalidateChildData) makes them stale too.
export const careKeys = {
  all: () => [...queryKeys.children.all(), 'care'] as const,
  record: (childId: string) => [...careKeys.all(), 'record', childId] as const,
  allocationQueue: () => [...careKeys.all(), 'allocation-queue'] as const,
  leftCare: (iroId: string | undefined) =>
    [...careKeys.all(), 'left-care', iroId ?? 'everyone'] as const,
};
