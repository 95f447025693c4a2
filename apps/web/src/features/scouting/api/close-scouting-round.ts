import type { ScoutingRoundView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** POST /scouting-rounds/:id/close (operator): the round takes no more nominations. */
export function closeScoutingRound(id: string): Promise<ScoutingRoundView> {
  return api.post<ScoutingRoundView>(`/scouting-rounds/${encodeURIComponent(id)}/close`);
}

export function useCloseScoutingRound() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: closeScoutingRound, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
