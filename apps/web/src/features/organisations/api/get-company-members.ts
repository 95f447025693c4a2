import type { CompanyMemberView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { companyQueryKey } from './get-company';

export const companyMembersQueryKey = (companyId: string) => [...companyQueryKey(companyId), 'members'] as const;

export function getCompanyMembers(companyId: string, signal?: AbortSignal): Promise<CompanyMemberView[]> {
  return data(client.GET('/api/v1/companies/{id}/members', { params: { path: { id: companyId } }, signal }));
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
