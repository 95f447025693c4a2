import type { ProductVersionView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { productQueryKey } from '../../../api/get-product';
import { client, data } from '../../../lib/api-client';

export const productVersionsQueryKey = (id: string) => [...productQueryKey(id), 'versions'] as const;

/** GET /products/:id/versions: the edit history. */
export function getProductVersions(id: string, signal?: AbortSignal): Promise<ProductVersionView[]> {
  return data(client.GET('/api/v1/products/{id}/versions', { params: { path: { id } }, signal }));
}

export function productVersionsQueryOptions(id: string) {
  return queryOptions({ queryKey: productVersionsQueryKey(id), queryFn: ({ signal }) => getProductVersions(id, signal) });
}

export function useProductVersions(id: string) {
  return useQuery(productVersionsQueryOptions(id));
}
