import type { AuditFilterOptions } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export function getAuditFilterOptions(signal?: AbortSignal): Promise<AuditFilterOptions> {
  return data(client.GET('/api/v1/audit/filter-options', { signal }));
}

export function auditFilterOptionsQueryOptions() {
  return queryOptions({ queryKey: ['audit', 'filter-options'] as const, queryFn: ({ signal }) => getAuditFilterOptions(signal) });
}

/** The entity types and actions recorded so far, for the list's selects. */
export function useAuditFilterOptions() {
  return useQuery(auditFilterOptionsQueryOptions());
}
