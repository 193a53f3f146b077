import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { UpdateDocumentTemplateBody } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/document-templates: the council's templates, each with its placeholders. */
export const documentTemplatesQuery = () =>
  queryOptions({
    queryKey: queryKeys.documentTemplates(),
    queryFn: () => api.listDocumentTemplates(),
  });

export function useDocumentTemplates() {
  return useQuery(documentTemplatesQuery());
}

export interface UpdateTemplateVariables {
  kind: string;
  body: UpdateDocumentTemplateBody;
}

/** PUT /api/document-templates/:kind (team managers). Documents are written from it next time. */
export function useUpdateDocumentTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, body }: UpdateTemplateVariables) => api.updateDocumentTemplate(kind, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.documentTemplates() });
      await queryClient.invalidateQueries({ queryKey: queryKeys.meetings.all() });
      await queryClient.invalidateQueries({ queryKey: queryKeys.children.all() });
    },
  });
}
