import type { ChallengeContent, ChallengeView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { challengesQueryKey } from './get-challenges';

export type ChallengeInput = Partial<ChallengeContent> & { title: string; callId: string };

/** POST /challenges (buyer): a draft for the buyer's institution in an open call for challenges. */
export function createChallenge(body: ChallengeInput): Promise<ChallengeView> {
  return api.post<ChallengeView>('/challenges', body);
}

export function useCreateChallenge() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createChallenge, onSuccess: () => queryClient.invalidateQueries({ queryKey: challengesQueryKey }) });
}
