import type { StoredFileView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productsQueryKey } from '../../../api/get-product';
import { client, data, multipart } from '../../../lib/api-client';

/** Images (JPEG/PNG/WebP up to 5 MB) or documents (PDF up to 20 MB). */
export type ProductFileKind = 'images' | 'documents';

export interface UploadProductFileInput {
  productId: string;
  kind: ProductFileKind;
  file: File;
}

/** POST /products/:id/images | documents, multipart field `file` (413 when too large, 400 when not an accepted type). */
export function uploadProductFile({ productId, kind, file }: UploadProductFileInput): Promise<StoredFileView> {
  const form = new FormData();
  form.append('file', file);
  return data(client.POST(`/api/v1/products/{id}/${kind}` as const, { params: { path: { id: productId } }, body: multipart(form) }));
}

export function useUploadProductFile({ onSuccess }: { onSuccess?: (file: StoredFileView) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadProductFile,
    onSuccess: async (file) => {
      onSuccess?.(file);
      // The product's page (and any search showing its first image).
      await queryClient.invalidateQueries({ queryKey: productsQueryKey });
    },
  });
}
