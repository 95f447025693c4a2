import type { SolutionsView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { challengesQueryKey } from './get-challenges';

/** GET /challenges/:id/solutions (operator): before the close only the count and times; after, the solutions (each read logged). */
export function getSolutions(id: string, signal?: AbortSignal): Promise<SolutionsView> {
  return data(client.GET('/api/v1/challenges/{id}/solutions', { params: { path: { id } }, signal }));
}

export function solutionsQueryOptions(id: string) {
  return queryOptions({ queryKey: [...challengesQueryKey, 'solutions', id], queryFn: ({ signal }) => getSolutions(id, signal) });
}

export function useSolutions(id: string, enabled: boolean) {
  return useQuery({ ...solutionsQueryOptions(id), enabled });
}
