import type { SectorRateRow } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { targetsQueryKey } from './get-target-dashboard';

/** GET /purchase-targets/sector-rates?year=: each sector with the rate set for it (null: each institution keeps its own). */
export function getSectorRates(year: number, signal?: AbortSignal): Promise<SectorRateRow[]> {
  return api.get<SectorRateRow[]>('/purchase-targets/sector-rates', { year }, signal);
}

export function sectorRatesQueryOptions(year: number) {
  return queryOptions({ queryKey: [...targetsQueryKey, 'sector-rates', year], queryFn: ({ signal }) => getSectorRates(year, signal) });
}

export function useSectorRates(year: number) {
  return useQuery(sectorRatesQueryOptions(year));
}
