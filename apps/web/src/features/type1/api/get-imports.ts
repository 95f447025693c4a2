import type { ImportJobView, Page } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type GetImportsParams = { page: number; pageSize: number };

/** Every import query starts with this key; starting an import invalidates by it. */
export const importsQueryKey = ['product-imports'] as const;
export const importListQueryKey = [...importsQueryKey, 'list'] as const;

export function getImports(params: GetImportsParams, signal?: AbortSignal): Promise<Page<ImportJobView>> {
  return api.get<Page<ImportJobView>>('/product-imports', params, signal);
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
