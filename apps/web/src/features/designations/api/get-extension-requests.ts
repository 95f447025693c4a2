import type { ExtensionRequestView, Page } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export type GetExtensionRequestsParams = { status?: ExtensionRequestView['status']; page: number; pageSize: number };

/** Every extension-request list (all products') starts with this key; applying and deciding invalidate by it. */
export const extensionRequestsQueryKey = ['extension-requests'] as const;

/** GET /extension-requests (operator): requests of every product, e.g. the PENDING ones to decide. */
export function getExtensionRequests(params: GetExtensionRequestsParams, signal?: AbortSignal): Promise<Page<ExtensionRequestView>> {
  return data(client.GET('/api/v1/extension-requests', { params: { query: params }, signal }));
}

export function extensionRequestsQueryOptions(params: GetExtensionRequestsParams) {
  return queryOptions({
    queryKey: [...extensionRequestsQueryKey, params],
    queryFn: ({ signal }) => getExtensionRequests(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useExtensionRequests(params: GetExtensionRequestsParams) {
  return useQuery(extensionRequestsQueryOptions(params));
}
