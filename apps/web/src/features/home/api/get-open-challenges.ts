import { ChallengeStatus, type ChallengeView, type Page } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

/** GET /challenges (public), those whose solution call is open: what suppliers can answer now. */
export function getOpenChallenges(pageSize: number, signal?: AbortSignal): Promise<Page<ChallengeView>> {
  return data(client.GET('/api/v1/challenges', { params: { query: { page: 1, pageSize, status: [ChallengeStatus.SOLUTION_CALL_OPEN] } }, signal }));
}

export function openChallengesQueryOptions(pageSize: number) {
  return queryOptions({ queryKey: ['challenges', 'open', pageSize], queryFn: ({ signal }) => getOpenChallenges(pageSize, signal) });
}

export function useOpenChallenges(pageSize: number) {
  return useQuery(openChallengesQueryOptions(pageSize));
}
