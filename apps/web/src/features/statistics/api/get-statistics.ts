import type { InstitutionType, ProductKind, StatisticsView } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export type GetStatisticsParams = { year?: number; region?: string; kind?: ProductKind; institutionType?: InstitutionType };

export const statisticsQueryKey = ['statistics'] as const;

/** GET /statistics (public): a year's figures by month, with filters; the API keeps them a few minutes (`asOf`). */
export function getStatistics(params: GetStatisticsParams, signal?: AbortSignal): Promise<StatisticsView> {
  return data(client.GET('/api/v1/statistics', { params: { query: params }, signal }));
}

export function statisticsQueryOptions(params: GetStatisticsParams) {
  return queryOptions({ queryKey: [...statisticsQueryKey, 'year', params], queryFn: ({ signal }) => getStatistics(params, signal), placeholderData: keepPreviousData });
}

export function useStatistics(params: GetStatisticsParams) {
  return useQuery(statisticsQueryOptions(params));
}
