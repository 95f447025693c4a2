import type { IdeaScores, IdeaView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** PUT /ideas/:id/scores (operator): innovativeness, social impact and fit for procurement, 1 to 5 each. */
export function scoreIdea({ id, ...scores }: IdeaScores & { id: string }): Promise<IdeaView> {
  return api.put<IdeaView>(`/ideas/${id}/scores`, scores);
}

export function useScoreIdea() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: scoreIdea, onSuccess: () => queryClient.invalidateQueries({ queryKey: ideasQueryKey }) });
}
