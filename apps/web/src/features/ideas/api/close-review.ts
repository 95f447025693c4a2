import type { IdeaReviewView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** POST /idea-reviews/:id/close (operator): the ideas still under review are archived with the reason; their authors are told. */
export function closeReview({ id, reason }: { id: string; reason: string }): Promise<IdeaReviewView> {
  return data(client.POST('/api/v1/idea-reviews/{id}/close', { params: { path: { id } }, body: { reason } }));
}

export function useCloseReview() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: closeReview, onSuccess: () => queryClient.invalidateQueries({ queryKey: ideasQueryKey }) });
}
