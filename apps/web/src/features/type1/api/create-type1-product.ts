import type { ProductView, Type1ProductInput } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productsQueryKey } from '../../../api/get-product';
import { client, data } from '../../../lib/api-client';

/** POST /products/type1: an operator records one product a ministry designated (listed at once). */
export function createType1Product(body: Type1ProductInput): Promise<ProductView> {
  return data(client.POST('/api/v1/products/type1', { body }));
}

export function useCreateType1Product({ onSuccess }: { onSuccess?: (product: ProductView) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createType1Product,
    onSuccess: async (product) => {
      onSuccess?.(product);
      await queryClient.invalidateQueries({ queryKey: productsQueryKey });
    },
  });
}
