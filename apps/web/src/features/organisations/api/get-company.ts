import type { CompanyView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The company as the API now returns it, with its certifications. */
export type CompanyProfileView = CompanyView & { certifications?: string[] };

export const companyQueryKey = (id: string) => ['companies', id] as const;

export function getCompany(id: string, signal?: AbortSignal): Promise<CompanyProfileView> {
  return api.get<CompanyProfileView>(`/companies/${encodeURIComponent(id)}`, undefined, signal);
}

export function companyQueryOptions(id: string) {
  return queryOptions({ queryKey: companyQueryKey(id), queryFn: ({ signal }) => getCompany(id, signal) });
}

export function useCompany(id: string) {
  return useQuery(companyQueryOptions(id));
}
