import type { SanctionView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { companyQueryKey } from './get-company';

export const companySanctionsQueryKey = (companyId: string) => [...companyQueryKey(companyId), 'sanctions'] as const;

/** GET /companies/:id/sanctions: every sanction, lifted ones included (staff and the company itself). */
export function getCompanySanctions(companyId: string, signal?: AbortSignal): Promise<SanctionView[]> {
  return api.get<SanctionView[]>(`/companies/${encodeURIComponent(companyId)}/sanctions`, undefined, signal);
}

export function companySanctionsQueryOptions(companyId: string) {
  return queryOptions({ queryKey: companySanctionsQueryKey(companyId), queryFn: ({ signal }) => getCompanySanctions(companyId, signal) });
}

export function useCompanySanctions(companyId: string) {
  return useQuery(companySanctionsQueryOptions(companyId));
}
