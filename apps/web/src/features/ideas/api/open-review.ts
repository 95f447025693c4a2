import type { IdeaReviewView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** POST /idea-reviews (operator): the month's ideas go under review; the month's limit is copied from the rule settings. */
export function openReview(month: string): Promise<IdeaReviewView> {
  return data(client.POST('/api/v1/idea-reviews', { body: { month } }));
}

export function useOpenReview() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: openReview, onSuccess: () => queryClient.invalidateQueries({ queryKey: ideasQueryKey }) });
}
