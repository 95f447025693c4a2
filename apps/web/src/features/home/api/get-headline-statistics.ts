import type { HeadlineStatistics } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

/** GET /statistics/headline (public): the catalogue now and this year so far, for the home page. */
export function getHeadlineStatistics(signal?: AbortSignal): Promise<HeadlineStatistics> {
  return data(client.GET('/api/v1/statistics/headline', { signal }));
}

export function headlineStatisticsQueryOptions() {
  return queryOptions({ queryKey: ['statistics', 'headline'], queryFn: ({ signal }) => getHeadlineStatistics(signal) });
}

export function useHeadlineStatistics() {
  return useQuery(headlineStatisticsQueryOptions());
}
