import type { InstitutionView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { institutionsQueryKey } from './get-institutions';

export const institutionQueryKey = (id: string) => [...institutionsQueryKey, 'detail', id] as const;

export function getInstitution(id: string, signal?: AbortSignal): Promise<InstitutionView> {
  return data(client.GET('/api/v1/institutions/{id}', { params: { path: { id } }, signal }));
}

export function institutionQueryOptions(id: string) {
  return queryOptions({ queryKey: institutionQueryKey(id), queryFn: ({ signal }) => getInstitution(id, signal) });
}

export function useInstitution(id: string) {
  return useQuery(institutionQueryOptions(id));
}
