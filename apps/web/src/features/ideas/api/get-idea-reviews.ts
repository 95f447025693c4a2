import type { IdeaReviewView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** GET /idea-reviews (operator): the monthly reviews, newest month first. */
export function getIdeaReviews(signal?: AbortSignal): Promise<IdeaReviewView[]> {
  return api.get<IdeaReviewView[]>('/idea-reviews', undefined, signal);
}

export function ideaReviewsQueryOptions() {
  return queryOptions({ queryKey: [...ideasQueryKey, 'reviews'], queryFn: ({ signal }) => getIdeaReviews(signal) });
}

export function useIdeaReviews() {
  return useQuery(ideaReviewsQueryOptions());
}
