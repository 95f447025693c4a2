import type { SessionView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { proposalsQueryKey } from '../../../api/get-proposals';
import { client, data } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

/** A proposal in EVALUATION, or a PROPOSED challenge the committee selects (409 otherwise). */
export type AddAgendaItemInput = { sessionId: string } & ({ proposalId: string } | { challengeId: string });

/** POST /committee-sessions/:id/items: puts a proposal or a challenge on the agenda (it moves to committee review). */
export function addAgendaItem({ sessionId, ...subject }: AddAgendaItemInput): Promise<SessionView> {
  return data(client.POST('/api/v1/committee-sessions/{id}/items', { params: { path: { id: sessionId } }, body: subject }));
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
