import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

export interface ReallocateVariables {
  /** The children chosen, with the version of each as listed. */
  children: readonly { id: string; version: number }[];
  toIroId: string;
  /** The manager confirmed moving booked meetings into clashes in the new IRO's diary. */
  acceptClashes: boolean;
}

/**
 * One child: PATCH /api/children/:id with its version (a stale list gets 409). Several: POST
 * /api/children/reallocate, all or nothing. Both are audited by the backend, and both refuse (422)
 * to move a booked meeting into a clash in the new IRO's diary unless acceptClashes.
 */
export function useReallocateChildren() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      children,
      toIroId,
      acceptClashes,
    }: ReallocateVariables): Promise<number> => {
      const [only] = children;
      if (children.length === 1 && only !== undefined) {
        await api.reallocateChild(only.id, {
          iroId: toIroId,
          version: only.version,
          acceptClashes,
        });
        return 1;
      }
      const result = await api.reallocateChildren({
        childIds: children.map((child) => child.id),
        toIroId,
        acceptClashes,
      });
      return result.reallocated;
    },
    onSettled: () => invalidateChildData(queryClient, queryKeys.team.all(), queryKeys.audit.all()),
  });
}
