import type { ScoutingRoundInput, ScoutingRoundView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** POST /scouting-rounds (operator): opens a round; the nominations per scout default to the rule settings. */
export function createScoutingRound(body: ScoutingRoundInput): Promise<ScoutingRoundView> {
  // The document has this body stricter than the API takes (defaults, nulls and score maps its generator loses).
  return data(client.POST('/api/v1/scouting-rounds', { body: body as never }));
}

export function useCreateScoutingRound() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createScoutingRound, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
