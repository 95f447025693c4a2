import type { DemoDayResultsView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** GET /demo-days/:id/results (public, after the close): totals per product, never the investors' names. */
export function getDemoDayResults(id: string, signal?: AbortSignal): Promise<DemoDayResultsView> {
  return data(client.GET('/api/v1/demo-days/{id}/results', { params: { path: { id } }, signal }));
}

export function demoDayResultsQueryOptions(id: string) {
  return queryOptions({ queryKey: [...scoutingQueryKey, 'results', id], queryFn: ({ signal }) => getDemoDayResults(id, signal) });
}

export function useDemoDayResults(id: string, enabled = true) {
  return useQuery({ ...demoDayResultsQueryOptions(id), enabled });
}
