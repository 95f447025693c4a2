import type { PlanResultRow } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { pilotPlanQueryKey } from './get-pilot-plan';

/** GET /pilot-plans/:id/results: the published matching results with reasons (404 until the operator publishes them). */
export function getPlanResults(planId: string, signal?: AbortSignal): Promise<PlanResultRow[]> {
  return data(client.GET('/api/v1/pilot-plans/{id}/results', { params: { path: { id: planId } }, signal }));
}

export function planResultsQueryOptions(planId: string) {
  return queryOptions({ queryKey: [...pilotPlanQueryKey(planId), 'results'], queryFn: ({ signal }) => getPlanResults(planId, signal) });
}

/** Ask only once the plan says it is published. */
export function usePlanResults(planId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...planResultsQueryOptions(planId), enabled });
}
