import type { ScoutingRoundInput, ScoutingRoundView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** POST /scouting-rounds (operator): opens a round; the nominations per scout default to the rule settings. */
export function createScoutingRound(body: ScoutingRoundInput): Promise<ScoutingRoundView> {
  return api.post<ScoutingRoundView>('/scouting-rounds', body);
}

export function useCreateScoutingRound() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createScoutingRound, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
