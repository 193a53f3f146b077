import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { careKeys } from './care-keys';

/** GET /api/allocation-queue: children awaiting an IRO, oldest first, a page at a time. */
export function useAllocationQueue(page: number) {
  return useQuery({
    queryKey: careKeys.allocationQueue(page),
    queryFn: () => api.getAllocationQueue({ page }),
    placeholderData: keepPreviousData,
  });
}
