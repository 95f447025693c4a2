import type { CategoryView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../lib/api-client';

/**
 * API operations used by several features live in src/api (features do not
 * import each other). The category tree is reference data: it rarely changes.
 */
export const categoriesQueryKey = ['categories'] as const;

export function getCategories(signal?: AbortSignal): Promise<CategoryView[]> {
  return data(client.GET('/api/v1/categories', { signal }));
}

export function categoriesQueryOptions() {
  return queryOptions({ queryKey: categoriesQueryKey, queryFn: ({ signal }) => getCategories(signal), staleTime: 60 * 60_000 });
}

export function useCategories() {
  return useQuery(categoriesQueryOptions());
}
