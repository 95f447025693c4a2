import type { CallView, Page } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

/** GET /calls?kind=CALL_FOR_CHALLENGES&phase=OPEN (public): the calls a buyer may propose a challenge into. */
export function getOpenChallengeCalls(signal?: AbortSignal): Promise<Page<CallView>> {
  // The document drops what `Required<…>` and `&` add to this view (a gap in its generator): read as the contract says.
  return data(client.GET('/api/v1/calls', { params: { query: { kind: 'CALL_FOR_CHALLENGES', phase: 'OPEN', pageSize: 50 } }, signal })) as Promise<Page<CallView>>;
}

export function openChallengeCallsQueryOptions() {
  return queryOptions({ queryKey: ['calls', 'challenge-calls', 'OPEN'], queryFn: ({ signal }) => getOpenChallengeCalls(signal) });
}

export function useOpenChallengeCalls() {
  return useQuery(openChallengeCallsQueryOptions());
}
