import type { Page, PilotView, UsageState } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { pilotApplicationsQueryKey } from './get-pilots';

export type GetPilotAttentionParams = { page: number; pageSize: number };

/** A pilot whose latest usage check-in says it is shelved or returned. */
export type PilotNeedingAttention = PilotView & { latestCheckIn: { month: number; state: UsageState; why: string } };

/** GET /pilot-usage/attention (operator): pilot products shelved or returned after the pilot, with the check-in's why. */
export function getPilotAttention(params: GetPilotAttentionParams, signal?: AbortSignal): Promise<Page<PilotNeedingAttention>> {
  // The document drops what `Required<…>` and `&` add to this view (a gap in its generator): read as the contract says.
  return data(client.GET('/api/v1/pilot-usage/attention', { params: { query: params }, signal })) as Promise<Page<PilotNeedingAttention>>;
}

export function pilotAttentionQueryOptions(params: GetPilotAttentionParams) {
  return queryOptions({
    queryKey: [...pilotApplicationsQueryKey, 'attention', params],
    queryFn: ({ signal }) => getPilotAttention(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePilotAttention(params: GetPilotAttentionParams) {
  return useQuery(pilotAttentionQueryOptions(params));
}
