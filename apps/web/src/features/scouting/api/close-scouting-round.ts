import type { ScoutingRoundView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** POST /scouting-rounds/:id/close (operator): the round takes no more nominations. */
export function closeScoutingRound(id: string): Promise<ScoutingRoundView> {
  return data(client.POST('/api/v1/scouting-rounds/{id}/close', { params: { path: { id } } }));
}

export function useCloseScoutingRound() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: closeScoutingRound, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
