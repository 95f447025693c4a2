import type { CompanyDocumentView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../lib/api-client';

/** Under the company's key (`['companies', id]`): refreshing the company refreshes its locker. */
export const companyDocumentsQueryKey = (companyId: string) => ['companies', companyId, 'documents'] as const;

/** The document locker: kept once, reused by later applications (a proposal picks from it). */
export function getCompanyDocuments(companyId: string, signal?: AbortSignal): Promise<CompanyDocumentView[]> {
  return data(client.GET('/api/v1/companies/{id}/documents', { params: { path: { id: companyId } }, signal }));
}

export function companyDocumentsQueryOptions(companyId: string) {
  return queryOptions({
    queryKey: companyDocumentsQueryKey(companyId),
    queryFn: ({ signal }) => getCompanyDocuments(companyId, signal),
  });
}

export function useCompanyDocuments(companyId: string) {
  return useQuery(companyDocumentsQueryOptions(companyId));
}
