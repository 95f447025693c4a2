import type { CallView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../lib/api-client';
import { callsQueryKey } from './get-calls';

export const callQueryKey = (id: string) => [...callsQueryKey, 'detail', id] as const;

/** GET /calls/:id: the notice with its sub-areas and criteria (the public page, the apply wizard, a proposal's edit form). */
export function getCall(id: string, signal?: AbortSignal): Promise<CallView> {
  // The document drops what `Required<…>` and `&` add to this view (a gap in its generator): read as the contract says.
  return data(client.GET('/api/v1/calls/{id}', { params: { path: { id } }, signal })) as Promise<CallView>;
}

export function callQueryOptions(id: string) {
  return queryOptions({ queryKey: callQueryKey(id), queryFn: ({ signal }) => getCall(id, signal) });
}

export function useCall(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...callQueryOptions(id), enabled });
}
