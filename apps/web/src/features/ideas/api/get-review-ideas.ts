import type { IdeaView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** GET /idea-reviews/:month/ideas (operator): the month's ideas, hidden ones included. */
export function getReviewIdeas(month: string, signal?: AbortSignal): Promise<IdeaView[]> {
  return data(client.GET('/api/v1/idea-reviews/{month}/ideas', { params: { path: { month } }, signal }));
}

export function reviewIdeasQueryOptions(month: string) {
  return queryOptions({ queryKey: [...ideasQueryKey, 'review', month], queryFn: ({ signal }) => getReviewIdeas(month, signal) });
}

export function useReviewIdeas(month: string | null) {
  return useQuery({ ...reviewIdeasQueryOptions(month ?? ''), enabled: !!month });
}
