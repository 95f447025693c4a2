import type { DemoDayView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** GET /demo-days/:id (public): the programme, whether the viewer is on the panel, and the moves open to them. */
export function getDemoDay(id: string, signal?: AbortSignal): Promise<DemoDayView> {
  return data(client.GET('/api/v1/demo-days/{id}', { params: { path: { id } }, signal }));
}

export function demoDayQueryOptions(id: string) {
  return queryOptions({ queryKey: [...scoutingQueryKey, 'demo-day', id], queryFn: ({ signal }) => getDemoDay(id, signal) });
}

export function useDemoDay(id: string) {
  return useQuery(demoDayQueryOptions(id));
}
