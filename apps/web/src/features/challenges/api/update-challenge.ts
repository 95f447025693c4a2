import type { ChallengeView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import type { ChallengeInput } from './create-challenge';
import { challengesQueryKey } from './get-challenges';

/** PATCH /challenges/:id (the institution's buyer): edits a draft until its call closes. */
export function updateChallenge({ id, ...body }: Partial<ChallengeInput> & { id: string }): Promise<ChallengeView> {
  // The document has this body stricter than the API takes (defaults, nulls and score maps its generator loses).
  return data(client.PATCH('/api/v1/challenges/{id}', { params: { path: { id } }, body: body as never }));
}

export function useUpdateChallenge() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateChallenge, onSuccess: () => queryClient.invalidateQueries({ queryKey: challengesQueryKey }) });
}
