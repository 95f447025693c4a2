import type { ProductInput, ProductView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productsQueryKey } from '../../../api/get-product';
import { client, data } from '../../../lib/api-client';
import { myProductsQueryKey } from '../../../api/get-my-products';

/** POST /products: registers a product of the supplier's company (not designated yet). */
export function createProduct(body: ProductInput): Promise<ProductView> {
  return data(client.POST('/api/v1/products', { body }));
}

export function useCreateProduct({ onSuccess }: { onSuccess?: (product: ProductView) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProduct,
    onSuccess: async (product) => {
      onSuccess?.(product);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: myProductsQueryKey(product.company.id) }),
        queryClient.invalidateQueries({ queryKey: productsQueryKey }),
      ]);
    },
  });
}
