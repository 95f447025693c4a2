import { ChallengeSelection, ChallengeStatus, type ChallengeView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

/** GET /challenges?status=PROPOSED (public), kept to those the committee selects once their call has closed: what may go on an agenda. */
export async function getChallengesToSelect(signal?: AbortSignal): Promise<ChallengeView[]> {
  const proposed = await data(client.GET('/api/v1/challenges', { params: { query: { status: [ChallengeStatus.PROPOSED], page: 1, pageSize: 100 } }, signal }));
  return proposed.items.filter((challenge) => challenge.call?.selection === ChallengeSelection.COMMITTEE && challenge.call.phase === 'CLOSED');
}

export function challengesToSelectQueryOptions() {
  return queryOptions({ queryKey: [...committeeQueryKey, 'challenges-to-select'], queryFn: ({ signal }) => getChallengesToSelect(signal) });
}

export function useChallengesToSelect() {
  return useQuery(challengesToSelectQueryOptions());
}
