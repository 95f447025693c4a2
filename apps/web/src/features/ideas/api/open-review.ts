import type { IdeaReviewView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** POST /idea-reviews (operator): the month's ideas go under review; the month's limit is copied from the rule settings. */
export function openReview(month: string): Promise<IdeaReviewView> {
  return api.post<IdeaReviewView>('/idea-reviews', { month });
}

export function useOpenReview() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: openReview, onSuccess: () => queryClient.invalidateQueries({ queryKey: ideasQueryKey }) });
}
