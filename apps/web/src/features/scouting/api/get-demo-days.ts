import type { DemoDayView, Page } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

export type GetDemoDaysParams = { page: number; pageSize: number };

/** GET /demo-days (public): each day's programme; the panel only for the agency. */
export function getDemoDays(params: GetDemoDaysParams, signal?: AbortSignal): Promise<Page<DemoDayView>> {
  return data(client.GET('/api/v1/demo-days', { params: { query: params }, signal }));
}

export function demoDaysQueryOptions(params: GetDemoDaysParams) {
  return queryOptions({ queryKey: [...scoutingQueryKey, 'demo-days', params], queryFn: ({ signal }) => getDemoDays(params, signal) });
}

export function useDemoDays(params: GetDemoDaysParams) {
  return useQuery(demoDaysQueryOptions(params));
}
