import type { AgendaItemView, VoteChoice } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

export interface CastVoteInput {
  itemId: string;
  choice: VoteChoice;
}

/**
 * PUT /agenda-items/:id/vote: a present member's vote after scoring, where the call asks for one;
 * hidden until the item closes and changeable until then (409 before scoring or when the call asks none).
 */
export function castVote({ itemId, choice }: CastVoteInput): Promise<AgendaItemView> {
  return data(client.PUT('/api/v1/agenda-items/{id}/vote', { params: { path: { id: itemId } }, body: { choice } }));
}

export function useCastVote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: castVote,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: committeeQueryKey });
    },
  });
}
