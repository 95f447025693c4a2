import type { InstitutionType, TargetRanking } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { targetsQueryKey } from './get-target-dashboard';

export type TargetRankingParams = { year: number; type?: InstitutionType; sector?: string };

/** GET /purchase-targets: every institution ranked by attainment, with the total over those listed. */
export function getTargetRanking(params: TargetRankingParams, signal?: AbortSignal): Promise<TargetRanking> {
  return data(client.GET('/api/v1/purchase-targets', { params: { query: params }, signal }));
}

export function targetRankingQueryOptions(params: TargetRankingParams) {
  return queryOptions({ queryKey: [...targetsQueryKey, 'ranking', params], queryFn: ({ signal }) => getTargetRanking(params, signal), placeholderData: keepPreviousData });
}

export function useTargetRanking(params: TargetRankingParams) {
  return useQuery(targetRankingQueryOptions(params));
}
