import type { ProductVersionView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { productQueryKey } from '../../../api/get-product';
import { client, data } from '../../../lib/api-client';

export const productVersionsQueryKey = (productId: string) => [...productQueryKey(productId), 'versions'] as const;

/** GET /products/:id/versions: each edit of the product with what it changed, newest first (staff and the owner). */
export function getProductVersions(productId: string, signal?: AbortSignal): Promise<ProductVersionView[]> {
  return data(client.GET('/api/v1/products/{id}/versions', { params: { path: { id: productId } }, signal }));
}

export function productVersionsQueryOptions(productId: string) {
  return queryOptions({ queryKey: productVersionsQueryKey(productId), queryFn: ({ signal }) => getProductVersions(productId, signal) });
}

export function useProductVersions(productId: string) {
  return useQuery(productVersionsQueryOptions(productId));
}
