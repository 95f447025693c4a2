import type { AuditListItem, Page } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export type GetAuditEventsParams = {
  page: number;
  pageSize: number;
  entityType?: string;
  action?: string;
};

export const auditEventsQueryKey = ['audit', 'events'] as const;

export function getAuditEvents(params: GetAuditEventsParams, signal?: AbortSignal): Promise<Page<AuditListItem>> {
  return data(client.GET('/api/v1/audit/events', { params: { query: params }, signal }));
}

export function auditEventsQueryOptions(params: GetAuditEventsParams) {
  return queryOptions({
    queryKey: [...auditEventsQueryKey, params],
    queryFn: ({ signal }) => getAuditEvents(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEvents(params: GetAuditEventsParams) {
  return useQuery(auditEventsQueryOptions(params));
}
