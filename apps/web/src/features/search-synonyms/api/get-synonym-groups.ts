import type { SynonymGroupView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export const synonymGroupsQueryKey = ['search-synonyms'] as const;

/** GET /search-synonyms (OPERATOR, ADMIN). */
export function getSynonymGroups(signal?: AbortSignal): Promise<SynonymGroupView[]> {
  return data(client.GET('/api/v1/search-synonyms', { signal }));
}

export function synonymGroupsQueryOptions() {
  return queryOptions({ queryKey: synonymGroupsQueryKey, queryFn: ({ signal }) => getSynonymGroups(signal) });
}

export function useSynonymGroups() {
  return useQuery(synonymGroupsQueryOptions());
}
