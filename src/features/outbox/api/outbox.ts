import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { OutboxListParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

export const OUTBOX_PAGE_SIZE = 25;

/** GET /api/outbox: the reminder messages built, newest first (each person their own). */
export const outboxQuery = (params: OutboxListParams) =>
  queryOptions({
    queryKey: queryKeys.outbox.list(params),
    queryFn: () => api.listOutbox(params),
  });

export function useOutbox(params: OutboxListParams) {
  return useQuery(outboxQuery(params));
}

/** GET /api/outbox/:messageId: one message with its text and HTML. */
export const outboxMessageQuery = (messageId: string) =>
  queryOptions({
    queryKey: queryKeys.outbox.message(messageId),
    queryFn: () => api.getOutboxMessage(messageId),
  });

export function useOutboxMessage(messageId: string) {
  return useQuery(outboxMessageQuery(messageId));
}

/** POST /api/digests (team managers): today's reminders for everyone, once a person a day. */
export function useSendDigests() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.sendDigests(),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.outbox.all() });
    },
  });
}
