import type { IdeaView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** GET /idea-reviews/:month/ideas (operator): the month's ideas, hidden ones included. */
export function getReviewIdeas(month: string, signal?: AbortSignal): Promise<IdeaView[]> {
  return api.get<IdeaView[]>(`/idea-reviews/${month}/ideas`, undefined, signal);
}

export function reviewIdeasQueryOptions(month: string) {
  return queryOptions({ queryKey: [...ideasQueryKey, 'review', month], queryFn: ({ signal }) => getReviewIdeas(month, signal) });
}

export function useReviewIdeas(month: string | null) {
  return useQuery({ ...reviewIdeasQueryOptions(month ?? ''), enabled: !!month });
}
