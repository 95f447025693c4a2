import type { InstitutionView, Page } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export interface SearchInstitutionsParams {
  q: string;
  pageSize: number;
}

export function searchInstitutions(params: SearchInstitutionsParams, signal?: AbortSignal): Promise<Page<InstitutionView>> {
  return data(client.GET('/api/v1/institutions', { params: { query: { q: params.q.trim(), pageSize: params.pageSize } }, signal }));
}

export function searchInstitutionsQueryOptions(params: SearchInstitutionsParams) {
  return queryOptions({
    queryKey: ['institutions', 'search', params],
    queryFn: ({ signal }) => searchInstitutions(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function useSearchInstitutions(params: SearchInstitutionsParams, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...searchInstitutionsQueryOptions(params), enabled });
}
