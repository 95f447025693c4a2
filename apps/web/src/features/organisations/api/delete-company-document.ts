import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { companyDocumentsQueryKey } from '../../../api/get-company-documents';

export interface DeleteCompanyDocumentInput {
  companyId: string;
  documentId: string;
}

export function deleteCompanyDocument({ companyId, documentId }: DeleteCompanyDocumentInput): Promise<void> {
  return data(client.DELETE('/api/v1/companies/{id}/documents/{documentId}', { params: { path: { id: companyId, documentId } } }));
}

export function useDeleteCompanyDocument({ onSuccess }: { onSuccess?: (input: DeleteCompanyDocumentInput) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCompanyDocument,
    onSuccess: async (_none, input) => {
      onSuccess?.(input);
      await queryClient.invalidateQueries({ queryKey: companyDocumentsQueryKey(input.companyId) });
    },
  });
}
