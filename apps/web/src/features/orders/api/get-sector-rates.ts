import type { SectorRateRow } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { targetsQueryKey } from './get-target-dashboard';

/** GET /purchase-targets/sector-rates?year=: each sector with the rate set for it (null: each institution keeps its own). */
export function getSectorRates(year: number, signal?: AbortSignal): Promise<SectorRateRow[]> {
  return data(client.GET('/api/v1/purchase-targets/sector-rates', { params: { query: { year } }, signal }));
}

export function sectorRatesQueryOptions(year: number) {
  return queryOptions({ queryKey: [...targetsQueryKey, 'sector-rates', year], queryFn: ({ signal }) => getSectorRates(year, signal) });
}

export function useSectorRates(year: number) {
  return useQuery(sectorRatesQueryOptions(year));
}
