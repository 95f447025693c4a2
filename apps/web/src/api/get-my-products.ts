import type { Page, ProductSummary } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../lib/api-client';

export type GetMyProductsParams = { page: number; pageSize: number };

/** The supplier's own products, every status; product mutations invalidate by this key. */
export const myProductsQueryKey = (companyId: string) => ['companies', companyId, 'products'] as const;

export function getMyProducts(companyId: string, params: GetMyProductsParams, signal?: AbortSignal): Promise<Page<ProductSummary>> {
  return data(client.GET('/api/v1/companies/{id}/products', { params: { path: { id: companyId }, query: params }, signal }));
}

export function myProductsQueryOptions(companyId: string, params: GetMyProductsParams) {
  return queryOptions({
    queryKey: [...myProductsQueryKey(companyId), params],
    queryFn: ({ signal }) => getMyProducts(companyId, params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMyProducts(companyId: string, params: GetMyProductsParams) {
  return useQuery(myProductsQueryOptions(companyId, params));
}
