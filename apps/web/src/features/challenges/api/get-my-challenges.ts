import type { ChallengeView, Page } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { challengesQueryKey } from './get-challenges';

/** GET /challenges/mine (buyer): the institution's challenges, drafts included. */
export function getMyChallenges(signal?: AbortSignal): Promise<Page<ChallengeView>> {
  return data(client.GET('/api/v1/challenges/mine', { params: { query: { pageSize: 100 } }, signal }));
}

export function myChallengesQueryOptions() {
  return queryOptions({ queryKey: [...challengesQueryKey, 'mine'], queryFn: ({ signal }) => getMyChallenges(signal) });
}

export function useMyChallenges() {
  return useQuery(myChallengesQueryOptions());
}
