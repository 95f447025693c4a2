import type { IdeaScores, IdeaView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** PUT /ideas/:id/scores (operator): innovativeness, social impact and fit for procurement, 1 to 5 each. */
export function scoreIdea({ id, ...scores }: IdeaScores & { id: string }): Promise<IdeaView> {
  return data(client.PUT('/api/v1/ideas/{id}/scores', { params: { path: { id } }, body: scores }));
}

export function useScoreIdea() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: scoreIdea, onSuccess: () => queryClient.invalidateQueries({ queryKey: ideasQueryKey }) });
}
