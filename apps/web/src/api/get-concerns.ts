import type { ConcernStatus, ConcernView, Page } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../lib/api-client';

export type GetConcernsParams = { decisionId?: string; status?: ConcernStatus; overdue?: boolean; page: number; pageSize: number };

/** Observers' comments and concerns with the operator's answers; filing and answering invalidate by this key. */
export const concernsQueryKey = ['concerns'] as const;

/** GET /concerns (public): newest first, with each formal concern's due day and whether it is overdue. */
export function getConcerns(params: GetConcernsParams, signal?: AbortSignal): Promise<Page<ConcernView>> {
  return data(client.GET('/api/v1/concerns', { params: { query: params }, signal }));
}

export function concernsQueryOptions(params: GetConcernsParams, enabled = true) {
  return queryOptions({ queryKey: [...concernsQueryKey, params], queryFn: ({ signal }) => getConcerns(params, signal), placeholderData: keepPreviousData, enabled });
}

export function useConcerns(params: GetConcernsParams, enabled = true) {
  return useQuery(concernsQueryOptions(params, enabled));
}
