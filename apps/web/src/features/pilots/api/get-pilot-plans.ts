import type { Page, PilotPlanView } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { pilotsQueryKey } from '../../../api/get-product-pilot-results';
import { client, data } from '../../../lib/api-client';

export type GetPilotPlansParams = { page: number; pageSize: number };

/** Every plan query (the lists, a plan, its products, matching and results) starts with this key. */
export const pilotPlansQueryKey = [...pilotsQueryKey, 'plans'] as const;

/** GET /pilot-plans: the yearly pilot-purchase plans, newest first (public notices). */
export function getPilotPlans(params: GetPilotPlansParams, signal?: AbortSignal): Promise<Page<PilotPlanView>> {
  return data(client.GET('/api/v1/pilot-plans', { params: { query: params }, signal }));
}

export function pilotPlansQueryOptions(params: GetPilotPlansParams) {
  return queryOptions({
    queryKey: [...pilotPlansQueryKey, 'list', params],
    queryFn: ({ signal }) => getPilotPlans(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePilotPlans(params: GetPilotPlansParams) {
  return useQuery(pilotPlansQueryOptions(params));
}
