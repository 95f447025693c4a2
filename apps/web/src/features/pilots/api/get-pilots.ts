import type { Page, PilotStatus, PilotView } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { pilotsQueryKey } from '../../../api/get-product-pilot-results';
import { client, data } from '../../../lib/api-client';

export type GetPilotsParams = { planId?: string; status?: PilotStatus; page: number; pageSize: number };

/** Every application query (lists, one pilot, the usage watch list) starts with this key. */
export const pilotApplicationsQueryKey = [...pilotsQueryKey, 'applications'] as const;

/**
 * GET /pilot-applications: a buyer gets its institution's, a supplier its company's,
 * the operator every one (by plan and status, with the rank per product while APPLIED).
 */
export function getPilots(params: GetPilotsParams, signal?: AbortSignal): Promise<Page<PilotView>> {
  return data(client.GET('/api/v1/pilot-applications', { params: { query: params }, signal }));
}

export function pilotsQueryOptions(params: GetPilotsParams) {
  return queryOptions({
    queryKey: [...pilotApplicationsQueryKey, 'list', params],
    queryFn: ({ signal }) => getPilots(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePilots(params: GetPilotsParams, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...pilotsQueryOptions(params), enabled });
}
