import type { Page, PilotView, UsageState } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { pilotApplicationsQueryKey } from './get-pilots';

export type GetPilotAttentionParams = { page: number; pageSize: number };

/** A pilot whose latest usage check-in says it is shelved or returned. */
export type PilotNeedingAttention = PilotView & { latestCheckIn: { month: number; state: UsageState; why: string } };

/** GET /pilot-usage/attention (operator): pilot products shelved or returned after the pilot, with the check-in's why. */
export function getPilotAttention(params: GetPilotAttentionParams, signal?: AbortSignal): Promise<Page<PilotNeedingAttention>> {
  return api.get<Page<PilotNeedingAttention>>('/pilot-usage/attention', params, signal);
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
