import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { ListAuditEventsParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/audit-events?childId=: who changed what in a child's records, newest first. */
export const auditEventsQuery = (params: ListAuditEventsParams) =>
  queryOptions({
    queryKey: queryKeys.audit.list(params),
    queryFn: () => api.listAuditEvents(params),
  });

export function useChildAuditEvents(childId: string, enabled: boolean) {
  return useQuery({ ...auditEventsQuery({ childId, pageSize: 100 }), enabled });
}
