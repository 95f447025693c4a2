import type { ChallengeView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ChallengeInput } from './create-challenge';
import { challengesQueryKey } from './get-challenges';

/** PATCH /challenges/:id (the institution's buyer): edits a draft until its call closes. */
export function updateChallenge({ id, ...body }: Partial<ChallengeInput> & { id: string }): Promise<ChallengeView> {
  return api.patch<ChallengeView>(`/challenges/${id}`, body);
}

export function useUpdateChallenge() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateChallenge, onSuccess: () => queryClient.invalidateQueries({ queryKey: challengesQueryKey }) });
}
