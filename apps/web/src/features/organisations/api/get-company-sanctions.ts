import type { SanctionView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { companyQueryKey } from './get-company';

export const companySanctionsQueryKey = (companyId: string) => [...companyQueryKey(companyId), 'sanctions'] as const;

/** GET /companies/:id/sanctions: every sanction, lifted ones included (staff and the company itself). */
export function getCompanySanctions(companyId: string, signal?: AbortSignal): Promise<SanctionView[]> {
  return data(client.GET('/api/v1/companies/{id}/sanctions', { params: { path: { id: companyId } }, signal }));
}

export function companySanctionsQueryOptions(companyId: string) {
  return queryOptions({ queryKey: companySanctionsQueryKey(companyId), queryFn: ({ signal }) => getCompanySanctions(companyId, signal) });
}

export function useCompanySanctions(companyId: string) {
  return useQuery(companySanctionsQueryOptions(companyId));
}
