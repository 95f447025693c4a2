import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productsQueryKey } from '../../../api/get-product';
import { api } from '../../../lib/api-client';

export interface DeleteProductFileInput {
  productId: string;
  fileId: string;
}

export function deleteProductFile({ productId, fileId }: DeleteProductFileInput): Promise<void> {
  return api.delete(`/products/${encodeURIComponent(productId)}/files/${encodeURIComponent(fileId)}`);
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
