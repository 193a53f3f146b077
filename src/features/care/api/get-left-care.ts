import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { careKeys } from './care-keys';

/** GET /api/children/left-care: an IRO's own, or (team managers) everyone's or one IRO's. */
export function useLeftCare(iroId: string | undefined) {
  return useQuery({
    queryKey: careKeys.leftCare(iroId),
    queryFn: () => api.listLeftCare(iroId === undefined ? {} : { iroId }),
  });
}
