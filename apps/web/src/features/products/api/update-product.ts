import type { ProductUpdate, ProductView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productsQueryKey } from '../../../api/get-product';
import { client, data } from '../../../lib/api-client';
import { myProductsQueryKey } from '../../../api/get-my-products';

export interface UpdateProductInput {
  id: string;
  changes: ProductUpdate;
}

/** PATCH /products/:id with only what changed; each save is a version in the edit history. */
export function updateProduct({ id, changes }: UpdateProductInput): Promise<ProductView> {
  return data(client.PATCH('/api/v1/products/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateProduct({ onSuccess }: { onSuccess?: (product: ProductView) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProduct,
    onSuccess: async (product) => {
      onSuccess?.(product);
      // The product's page, its versions and price history, and any search listing it.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: productsQueryKey }),
        queryClient.invalidateQueries({ queryKey: myProductsQueryKey(product.company.id) }),
      ]);
    },
  });
}
