import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { careKeys } from './care-keys';

/** GET /api/allocation-queue: children awaiting an IRO, oldest first. */
export function useAllocationQueue() {
  return useQuery({
    queryKey: careKeys.allocationQueue(),
    queryFn: () => api.getAllocationQueue(),
  });
}
