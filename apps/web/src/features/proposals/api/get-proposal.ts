import type { ProposalView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { proposalsQueryKey } from '../../../api/get-proposals';
import { client, data } from '../../../lib/api-client';

export const proposalQueryKey = (id: string) => [...proposalsQueryKey, 'detail', id] as const;

/** GET /proposals/:id: the proposal with the actions open to the viewer now (`availableActions`). */
export function getProposal(id: string, signal?: AbortSignal): Promise<ProposalView> {
  return data(client.GET('/api/v1/proposals/{id}', { params: { path: { id } }, signal }));
}

export function proposalQueryOptions(id: string) {
  return queryOptions({ queryKey: proposalQueryKey(id), queryFn: ({ signal }) => getProposal(id, signal) });
}

export function useProposal(id: string) {
  return useQuery(proposalQueryOptions(id));
}
