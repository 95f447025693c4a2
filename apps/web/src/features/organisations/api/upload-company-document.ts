import type { CompanyDocumentKind, CompanyDocumentView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data, multipart } from '../../../lib/api-client';
import { companyDocumentsQueryKey } from '../../../api/get-company-documents';

export interface UploadCompanyDocumentInput {
  companyId: string;
  kind: CompanyDocumentKind;
  title: string;
  number?: string;
  /** YYYY-MM-DD */
  expiresOn?: string;
  file: File;
}

/** POST /companies/:id/documents, multipart: PDF up to 20 MB, or a JPEG/PNG/WebP up to 5 MB. */
export function uploadCompanyDocument({ companyId, file, ...fields }: UploadCompanyDocumentInput): Promise<CompanyDocumentView> {
  const form = new FormData();
  form.append('kind', fields.kind);
  form.append('title', fields.title);
  if (fields.number) form.append('number', fields.number);
  if (fields.expiresOn) form.append('expiresOn', fields.expiresOn);
  form.append('file', file);
  return data(client.POST('/api/v1/companies/{id}/documents', { params: { path: { id: companyId } }, body: multipart(form) }));
}

export function useUploadCompanyDocument({ onSuccess }: { onSuccess?: (document: CompanyDocumentView) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadCompanyDocument,
    onSuccess: async (document, { companyId }) => {
      onSuccess?.(document);
      await queryClient.invalidateQueries({ queryKey: companyDocumentsQueryKey(companyId) });
    },
  });
}
