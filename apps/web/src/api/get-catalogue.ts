import type { CatalogPage, CatalogQuery } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { productsQueryKey } from './get-product';
import { client, data } from '../lib/api-client';

export const catalogueQueryKey = [...productsQueryKey, 'catalogue'] as const;

/** GET /products: the public search, with facet counts. */
export function getCatalogue(query: CatalogQuery, signal?: AbortSignal): Promise<CatalogPage> {
  return data(client.GET('/api/v1/products', { params: { query: { ...query } }, signal }));
}

export function catalogueQueryOptions(query: CatalogQuery) {
  return queryOptions({
    queryKey: [...catalogueQueryKey, query],
    queryFn: ({ signal }) => getCatalogue(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCatalogue(query: CatalogQuery) {
  return useQuery(catalogueQueryOptions(query));
}
