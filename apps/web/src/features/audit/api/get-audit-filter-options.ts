import type { AuditFilterOptions } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getAuditFilterOptions(signal?: AbortSignal): Promise<AuditFilterOptions> {
  return api.get<AuditFilterOptions>('/audit/filter-options', undefined, signal);
}

export function auditFilterOptionsQueryOptions() {
  return queryOptions({ queryKey: ['audit', 'filter-options'] as const, queryFn: ({ signal }) => getAuditFilterOptions(signal) });
}

/** The entity types and actions recorded so far, for the list's selects. */
export function useAuditFilterOptions() {
  return useQuery(auditFilterOptionsQueryOptions());
}
