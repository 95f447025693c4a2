import type { SessionView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { proposalsQueryKey } from '../../../api/get-proposals';
import { client, data } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

export interface AddAgendaItemInput {
  sessionId: string;
  /** A proposal in EVALUATION (409 otherwise). */
  proposalId: string;
}

/** POST /committee-sessions/:id/items: puts a proposal on the agenda (it moves to committee review). */
export function addAgendaItem({ sessionId, proposalId }: AddAgendaItemInput): Promise<SessionView> {
  return data(client.POST('/api/v1/committee-sessions/{id}/items', { params: { path: { id: sessionId } }, body: { proposalId } }));
}

export function useAddAgendaItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addAgendaItem,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: committeeQueryKey }),
        queryClient.invalidateQueries({ queryKey: proposalsQueryKey }),
      ]);
    },
  });
}
