import type { CallView, Page } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** GET /calls?kind=CALL_FOR_CHALLENGES&phase=OPEN (public): the calls a buyer may propose a challenge into. */
export function getOpenChallengeCalls(signal?: AbortSignal): Promise<Page<CallView>> {
  return api.get<Page<CallView>>('/calls', { kind: 'CALL_FOR_CHALLENGES', phase: 'OPEN', pageSize: 50 }, signal);
}

export function openChallengeCallsQueryOptions() {
  return queryOptions({ queryKey: ['calls', 'challenge-calls', 'OPEN'], queryFn: ({ signal }) => getOpenChallengeCalls(signal) });
}

export function useOpenChallengeCalls() {
  return useQuery(openChallengeCallsQueryOptions());
}
