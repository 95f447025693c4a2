import type { ChallengeView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { challengesQueryKey } from './get-challenges';

/** GET /challenges/:id (public once proposed; a draft to its institution and operators), with the viewer's actions. */
export function getChallenge(id: string, signal?: AbortSignal): Promise<ChallengeView> {
  return data(client.GET('/api/v1/challenges/{id}', { params: { path: { id } }, signal }));
}

export function challengeQueryOptions(id: string) {
  return queryOptions({ queryKey: [...challengesQueryKey, 'detail', id], queryFn: ({ signal }) => getChallenge(id, signal) });
}

export function useChallenge(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...challengeQueryOptions(id), enabled });
}
