import type { CallView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../lib/api-client';
import { callsQueryKey } from './get-calls';

export const callQueryKey = (id: string) => [...callsQueryKey, 'detail', id] as const;

/** GET /calls/:id: the notice with its sub-areas and criteria (the public page, the apply wizard, a proposal's edit form). */
export function getCall(id: string, signal?: AbortSignal): Promise<CallView> {
  return api.get<CallView>(`/calls/${encodeURIComponent(id)}`, undefined, signal);
}

export function callQueryOptions(id: string) {
  return queryOptions({ queryKey: callQueryKey(id), queryFn: ({ signal }) => getCall(id, signal) });
}

export function useCall(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...callQueryOptions(id), enabled });
}
