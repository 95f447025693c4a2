import type { IdeaReviewView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** GET /idea-reviews (operator): the monthly reviews, newest month first. */
export function getIdeaReviews(signal?: AbortSignal): Promise<IdeaReviewView[]> {
  return data(client.GET('/api/v1/idea-reviews', { signal }));
}

export function ideaReviewsQueryOptions() {
  return queryOptions({ queryKey: [...ideasQueryKey, 'reviews'], queryFn: ({ signal }) => getIdeaReviews(signal) });
}

export function useIdeaReviews() {
  return useQuery(ideaReviewsQueryOptions());
}
