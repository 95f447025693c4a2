import type { AgendaItemView, ChallengeView, ProposalContent } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

/**
 * An item as a member may read it: the whole proposal once they declared no conflict, a recused member
 * only the summary; a challenge's public problem statement whole.
 */
export type AgendaItemDetail = AgendaItemView & { proposal: ProposalContent | null; challenge: ChallengeView | null; access: 'FULL' | 'RECUSED' | 'DECLARE_FIRST' };

export const agendaItemQueryKey = (id: string) => [...committeeQueryKey, 'item', id] as const;

export function getAgendaItem(id: string, signal?: AbortSignal): Promise<AgendaItemDetail> {
  // The document drops what `Required<…>` and `&` add to this view (a gap in its generator): read as the contract says.
  return data(client.GET('/api/v1/agenda-items/{id}', { params: { path: { id } }, signal })) as Promise<AgendaItemDetail>;
}

export function agendaItemQueryOptions(id: string) {
  return queryOptions({ queryKey: agendaItemQueryKey(id), queryFn: ({ signal }) => getAgendaItem(id, signal) });
}

export function useAgendaItem(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...agendaItemQueryOptions(id), enabled });
}
