import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productsQueryKey } from '../../../api/get-product';
import { client, data } from '../../../lib/api-client';

export interface DeleteProductFileInput {
  productId: string;
  fileId: string;
}

export function deleteProductFile({ productId, fileId }: DeleteProductFileInput): Promise<void> {
  return data(client.DELETE('/api/v1/products/{id}/files/{fileId}', { params: { path: { id: productId, fileId } } }));
}

export function useDeleteProductFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProductFile,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: productsQueryKey });
    },
  });
}
