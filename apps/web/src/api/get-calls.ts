import type { CallPhase, CallView, Page } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../lib/api-client';

export type GetCallsParams = { phase?: CallPhase; page: number; pageSize: number };

/**
 * Calls (공고) are public notices: the calls pages list them, a supplier picks an
 * open one to apply to. Every calls query starts with this key; creating a call invalidates by it.
 */
export const callsQueryKey = ['calls'] as const;

export function getCalls(params: GetCallsParams, signal?: AbortSignal): Promise<Page<CallView>> {
  // The document drops what `Required<…>` and `&` add to this view (a gap in its generator): read as the contract says.
  return data(client.GET('/api/v1/calls', { params: { query: params }, signal })) as Promise<Page<CallView>>;
}

export function callsQueryOptions(params: GetCallsParams) {
  return queryOptions({
    queryKey: [...callsQueryKey, 'list', params],
    queryFn: ({ signal }) => getCalls(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCalls(params: GetCallsParams) {
  return useQuery(callsQueryOptions(params));
}
