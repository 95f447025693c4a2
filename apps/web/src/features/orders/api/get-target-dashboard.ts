import type { TargetDashboard } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { purchasesQueryKey } from '../../../api/get-product-purchase-count';
import { client, data } from '../../../lib/api-client';

export const targetsQueryKey = [...purchasesQueryKey, 'targets'] as const;

/** GET /purchase-targets/institutions/:id?year=: where the institution stands, month by month against its target. */
export function getTargetDashboard(institutionId: string, year: number, signal?: AbortSignal): Promise<TargetDashboard> {
  return data(client.GET('/api/v1/purchase-targets/institutions/{id}', { params: { path: { id: institutionId }, query: { year } }, signal }));
}

export function targetDashboardQueryOptions(institutionId: string, year: number) {
  return queryOptions({ queryKey: [...targetsQueryKey, 'dashboard', institutionId, year], queryFn: ({ signal }) => getTargetDashboard(institutionId, year, signal) });
}

export function useTargetDashboard(institutionId: string, year: number) {
  return useQuery({ ...targetDashboardQueryOptions(institutionId, year), enabled: !!institutionId });
}
