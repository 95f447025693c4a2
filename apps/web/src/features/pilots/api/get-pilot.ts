import type { PilotView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { pilotApplicationsQueryKey } from './get-pilots';

export const pilotQueryKey = (id: string) => [...pilotApplicationsQueryKey, 'detail', id] as const;

/** GET /pilot-applications/:id: the pilot with the moves open to the viewer now (`availableActions`) and the check-ins due. */
export function getPilot(id: string, signal?: AbortSignal): Promise<PilotView> {
  return api.get<PilotView>(`/pilot-applications/${encodeURIComponent(id)}`, undefined, signal);
}

export function pilotQueryOptions(id: string) {
  return queryOptions({ queryKey: pilotQueryKey(id), queryFn: ({ signal }) => getPilot(id, signal) });
}

export function usePilot(id: string) {
  return useQuery(pilotQueryOptions(id));
}
