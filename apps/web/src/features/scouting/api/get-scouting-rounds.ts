import type { Page, ScoutingRoundView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

export type GetScoutingRoundsParams = { page: number; pageSize: number };

/** GET /scouting-rounds (public): newest first; a signed-in scout also gets how many nominations it has left. */
export function getScoutingRounds(params: GetScoutingRoundsParams, signal?: AbortSignal): Promise<Page<ScoutingRoundView>> {
  return data(client.GET('/api/v1/scouting-rounds', { params: { query: params }, signal }));
}

export function scoutingRoundsQueryOptions(params: GetScoutingRoundsParams) {
  return queryOptions({ queryKey: [...scoutingQueryKey, 'rounds', params], queryFn: ({ signal }) => getScoutingRounds(params, signal) });
}

export function useScoutingRounds(params: GetScoutingRoundsParams) {
  return useQuery(scoutingRoundsQueryOptions(params));
}
