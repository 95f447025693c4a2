import type { CompanyView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

/** The company as the API now returns it, with its certifications. */
export type CompanyProfileView = CompanyView & { certifications?: string[] };

export const companyQueryKey = (id: string) => ['companies', id] as const;

export function getCompany(id: string, signal?: AbortSignal): Promise<CompanyProfileView> {
  return data(client.GET('/api/v1/companies/{id}', { params: { path: { id } }, signal }));
}

export function companyQueryOptions(id: string) {
  return queryOptions({ queryKey: companyQueryKey(id), queryFn: ({ signal }) => getCompany(id, signal) });
}

export function useCompany(id: string) {
  return useQuery(companyQueryOptions(id));
}
