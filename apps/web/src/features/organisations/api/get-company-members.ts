import type { CompanyMemberView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { companyQueryKey } from './get-company';

export const companyMembersQueryKey = (companyId: string) => [...companyQueryKey(companyId), 'members'] as const;

export function getCompanyMembers(companyId: string, signal?: AbortSignal): Promise<CompanyMemberView[]> {
  return api.get<CompanyMemberView[]>(`/companies/${encodeURIComponent(companyId)}/members`, undefined, signal);
}

export function companyMembersQueryOptions(companyId: string) {
  return queryOptions({
    queryKey: companyMembersQueryKey(companyId),
    queryFn: ({ signal }) => getCompanyMembers(companyId, signal),
  });
}

export function useCompanyMembers(companyId: string) {
  return useQuery(companyMembersQueryOptions(companyId));
}
