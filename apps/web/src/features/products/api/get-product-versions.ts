import type { ProductVersionView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { productQueryKey } from '../../../api/get-product';
import { api } from '../../../lib/api-client';

export const productVersionsQueryKey = (id: string) => [...productQueryKey(id), 'versions'] as const;

/** GET /products/:id/versions: the edit history. */
export function getProductVersions(id: string, signal?: AbortSignal): Promise<ProductVersionView[]> {
  return api.get<ProductVersionView[]>(`/products/${encodeURIComponent(id)}/versions`, undefined, signal);
}

export function productVersionsQueryOptions(id: string) {
  return queryOptions({ queryKey: productVersionsQueryKey(id), queryFn: ({ signal }) => getProductVersions(id, signal) });
}

export function useProductVersions(id: string) {
  return useQuery(productVersionsQueryOptions(id));
}
