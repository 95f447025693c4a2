import type { Page, PlanProductView } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { pilotPlanQueryKey } from './get-pilot-plan';

export type GetPlanProductsParams = { q?: string; category?: string; eligible?: boolean; page: number; pageSize: number };

/**
 * GET /pilot-plans/:id/products: the demand survey's list, every product of the
 * plan, eligible or excluded with why, with its supplier's pilot-use plan.
 */
export function getPlanProducts(planId: string, params: GetPlanProductsParams, signal?: AbortSignal): Promise<Page<PlanProductView>> {
  return data(client.GET('/api/v1/pilot-plans/{id}/products', { params: { path: { id: planId }, query: params }, signal }));
}

export function planProductsQueryOptions(planId: string, params: GetPlanProductsParams) {
  return queryOptions({
    queryKey: [...pilotPlanQueryKey(planId), 'products', params],
    queryFn: ({ signal }) => getPlanProducts(planId, params, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePlanProducts(planId: string, params: GetPlanProductsParams) {
  return useQuery(planProductsQueryOptions(planId, params));
}
