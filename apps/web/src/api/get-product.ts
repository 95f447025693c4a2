import type { ProductDetail } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../lib/api-client';

/** Every product query (catalogue searches, details, versions) starts with this key; product mutations invalidate by it. */
export const productsQueryKey = ['products'] as const;

export const productQueryKey = (id: string) => [...productsQueryKey, 'detail', id] as const;

/** GET /products/:id: the public product page and its supplier's edit page (404 when the caller may not see it). */
export function getProduct(id: string, signal?: AbortSignal): Promise<ProductDetail> {
  return data(client.GET('/api/v1/products/{id}', { params: { path: { id } }, signal }));
}

export function productQueryOptions(id: string) {
  return queryOptions({ queryKey: productQueryKey(id), queryFn: ({ signal }) => getProduct(id, signal) });
}

/** `enabled: false` holds the request back (e.g. until the session is known: owners see more than visitors). */
export function useProduct(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...productQueryOptions(id), enabled });
}
