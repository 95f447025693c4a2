import type { NominationStatus, NominationView, Page } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

export type GetNominationsParams = { page: number; pageSize: number; status?: NominationStatus; roundId?: string };

/** GET /nominations: a scout's own, a supplier's company's, every one for the agency. */
export function getNominations(params: GetNominationsParams, signal?: AbortSignal): Promise<Page<NominationView>> {
  return data(client.GET('/api/v1/nominations', { params: { query: params }, signal }));
}

export function nominationsQueryOptions(params: GetNominationsParams) {
  return queryOptions({ queryKey: [...scoutingQueryKey, 'nominations', params], queryFn: ({ signal }) => getNominations(params, signal) });
}

export function useNominations(params: GetNominationsParams) {
  return useQuery(nominationsQueryOptions(params));
}
