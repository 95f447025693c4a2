import type { ProductPurchaseCount } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../lib/api-client';

/**
 * Every buying query (orders, a product's purchase count, purchase targets) starts with this key,
 * so any order move (features/orders) refreshes them all, the product page's count included.
 */
export const purchasesQueryKey = ['purchases'] as const;

/** GET /products/:id/purchase-count: how many institutions bought the product (never which). */
export function getProductPurchaseCount(productId: string, signal?: AbortSignal): Promise<ProductPurchaseCount> {
  return data(client.GET('/api/v1/products/{id}/purchase-count', { params: { path: { id: productId } }, signal }));
}

export function productPurchaseCountQueryOptions(productId: string) {
  return queryOptions({ queryKey: [...purchasesQueryKey, 'product-count', productId], queryFn: ({ signal }) => getProductPurchaseCount(productId, signal) });
}

export function useProductPurchaseCount(productId: string) {
  return useQuery(productPurchaseCountQueryOptions(productId));
}
