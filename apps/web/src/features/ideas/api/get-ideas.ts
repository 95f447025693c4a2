import type { IdeaView, Page } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export type GetIdeasParams = { page: number; pageSize: number; sort: 'support' | 'newest' };

/** Every ideas query starts with this key; supports and review moves invalidate it. */
export const ideasQueryKey = ['ideas'] as const;

/** GET /ideas (public): ideas with their support counts, status and outcome. */
export function getIdeas(params: GetIdeasParams, signal?: AbortSignal): Promise<Page<IdeaView>> {
  return data(client.GET('/api/v1/ideas', { params: { query: params }, signal }));
}

export function ideasQueryOptions(params: GetIdeasParams) {
  return queryOptions({ queryKey: [...ideasQueryKey, 'list', params], queryFn: ({ signal }) => getIdeas(params, signal), placeholderData: keepPreviousData });
}

export function useIdeas(params: GetIdeasParams) {
  return useQuery(ideasQueryOptions(params));
}
