import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { careKeys } from './care-keys';

/** GET /api/children/left-care: an IRO's own, or (team managers) everyone's or one IRO's, paged. */
export function useLeftCare(iroId: string | undefined, page: number) {
  return useQuery({
    queryKey: careKeys.leftCare(iroId, page),
    queryFn: () => api.listLeftCare(iroId === undefined ? { page } : { iroId, page }),
    placeholderData: keepPreviousData,
  });
}
