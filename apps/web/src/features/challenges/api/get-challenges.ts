import type { ChallengeStatus, ChallengeView, Page } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export type GetChallengesParams = { page: number; pageSize: number; status?: readonly ChallengeStatus[] };

/** Every challenge query starts with this key; mutations invalidate it. */
export const challengesQueryKey = ['challenges'] as const;

/** GET /challenges (public): challenges once proposed, with their problem statements and selection reasons. */
export function getChallenges({ status, ...params }: GetChallengesParams, signal?: AbortSignal): Promise<Page<ChallengeView>> {
  return data(client.GET('/api/v1/challenges', { params: { query: { ...params, status: status && [...status] } }, signal }));
}

export function challengesQueryOptions(params: GetChallengesParams) {
  return queryOptions({ queryKey: [...challengesQueryKey, 'list', params], queryFn: ({ signal }) => getChallenges(params, signal), placeholderData: keepPreviousData });
}

export function useChallenges(params: GetChallengesParams) {
  return useQuery(challengesQueryOptions(params));
}
