import type { ChallengeContent, ChallengeView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { challengesQueryKey } from './get-challenges';

export type ChallengeInput = Partial<ChallengeContent> & { title: string; callId: string };

/** POST /challenges (buyer): a draft for the buyer's institution in an open call for challenges. */
export function createChallenge(body: ChallengeInput): Promise<ChallengeView> {
  // The document has this body stricter than the API takes (defaults, nulls and score maps its generator loses).
  return data(client.POST('/api/v1/challenges', { body: body as never }));
}

export function useCreateChallenge() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createChallenge, onSuccess: () => queryClient.invalidateQueries({ queryKey: challengesQueryKey }) });
}
