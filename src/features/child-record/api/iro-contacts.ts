import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { CreateIroContactBody } from '@/lib/api/schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

/** Under the child's detail key: recording anything about the child refreshes it too. */
const iroContactsKey = (childId: string) =>
  [...queryKeys.children.detail(childId), 'iro-contacts'] as const;

/** GET /api/children/:childId/iro-contacts: latest first, with when the child was last seen. */
export function useIroContacts(childId: string, enabled: boolean) {
  return useQuery({
    queryKey: iroContactsKey(childId),
    queryFn: () => api.listIroContacts(childId),
    enabled,
  });
}

export interface RecordIroContactVariables {
  childId: string;
  body: CreateIroContactBody;
}

/** POST /api/children/:childId/iro-contacts. */
export function useRecordIroContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ childId, body }: RecordIroContactVariables) =>
      api.recordIroContact(childId, body),
    onSuccess: () => invalidateChildData(queryClient, queryKeys.audit.all()),
  });
}
