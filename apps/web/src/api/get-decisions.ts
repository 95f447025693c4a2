import type { DecisionKind, DecisionView, Page } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../lib/api-client';

export type GetDecisionsParams = { kind?: DecisionKind; page: number; pageSize: number };

/**
 * The published decisions (designations, rejections, extensions, suspensions,
 * revocations, expiries) with their reasons. Designation moves invalidate by this key.
 */
export const decisionsQueryKey = ['decisions'] as const;

export function getDecisions(params: GetDecisionsParams, signal?: AbortSignal): Promise<Page<DecisionView>> {
  return data(client.GET('/api/v1/decisions', { params: { query: params }, signal }));
}

export function decisionsQueryOptions(params: GetDecisionsParams) {
  return queryOptions({
    queryKey: [...decisionsQueryKey, params],
    queryFn: ({ signal }) => getDecisions(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDecisions(params: GetDecisionsParams) {
  return useQuery(decisionsQueryOptions(params));
}
