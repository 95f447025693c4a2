import type { InstitutionType, InstitutionView, Page } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export interface GetInstitutionsParams {
  q?: string;
  type?: InstitutionType;
  page: number;
  pageSize: number;
}

/** Every institutions query starts with this key (the sign-up search's too): a creation or an edit refreshes them all. */
export const institutionsQueryKey = ['institutions'] as const;

export function getInstitutions(params: GetInstitutionsParams, signal?: AbortSignal): Promise<Page<InstitutionView>> {
  return data(client.GET('/api/v1/institutions', { params: { query: { ...params } }, signal }));
}

export function institutionsQueryOptions(params: GetInstitutionsParams) {
  return queryOptions({
    queryKey: [...institutionsQueryKey, 'admin', params],
    queryFn: ({ signal }) => getInstitutions(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useInstitutions(params: GetInstitutionsParams) {
  return useQuery(institutionsQueryOptions(params));
}
