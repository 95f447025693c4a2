import type { PilotView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { pilotApplicationsQueryKey } from './get-pilots';

export const pilotQueryKey = (id: string) => [...pilotApplicationsQueryKey, 'detail', id] as const;

/** GET /pilot-applications/:id: the pilot with the moves open to the viewer now (`availableActions`) and the check-ins due. */
export function getPilot(id: string, signal?: AbortSignal): Promise<PilotView> {
  return data(client.GET('/api/v1/pilot-applications/{id}', { params: { path: { id } }, signal }));
}

export function pilotQueryOptions(id: string) {
  return queryOptions({ queryKey: pilotQueryKey(id), queryFn: ({ signal }) => getPilot(id, signal) });
}

export function usePilot(id: string) {
  return useQuery(pilotQueryOptions(id));
}
