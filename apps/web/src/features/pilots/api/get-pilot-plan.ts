import type { PilotPlanView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { pilotPlansQueryKey } from './get-pilot-plans';

export const pilotPlanQueryKey = (id: string) => [...pilotPlansQueryKey, 'detail', id] as const;

/** GET /pilot-plans/:id: the plan with its budget, the amount matched so far, the survey window and the caps. */
export function getPilotPlan(id: string, signal?: AbortSignal): Promise<PilotPlanView> {
  return data(client.GET('/api/v1/pilot-plans/{id}', { params: { path: { id } }, signal }));
}

export function pilotPlanQueryOptions(id: string) {
  return queryOptions({ queryKey: pilotPlanQueryKey(id), queryFn: ({ signal }) => getPilotPlan(id, signal) });
}

export function usePilotPlan(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...pilotPlanQueryOptions(id), enabled });
}
