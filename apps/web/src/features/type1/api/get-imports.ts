import type { ImportJobView, Page } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export type GetImportsParams = { page: number; pageSize: number };

/** Every import query starts with this key; starting an import invalidates by it. */
export const importsQueryKey = ['product-imports'] as const;
export const importListQueryKey = [...importsQueryKey, 'list'] as const;

export function getImports(params: GetImportsParams, signal?: AbortSignal): Promise<Page<ImportJobView>> {
  return data(client.GET('/api/v1/product-imports', { params: { query: params }, signal }));
}

export function importsQueryOptions(params: GetImportsParams) {
  return queryOptions({
    queryKey: [...importListQueryKey, params],
    queryFn: ({ signal }) => getImports(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useImports(params: GetImportsParams) {
  return useQuery(importsQueryOptions(params));
}
