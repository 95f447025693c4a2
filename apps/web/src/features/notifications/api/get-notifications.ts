import type { NotificationPage } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export type GetNotificationsParams = { unread?: boolean; page: number; pageSize: number };

/** Every notifications query starts with this key; marking one read invalidates by it. */
export const notificationsQueryKey = ['notifications'] as const;

export function getNotifications(params: GetNotificationsParams, signal?: AbortSignal): Promise<NotificationPage> {
  return data(client.GET('/api/v1/notifications', { params: { query: params }, signal }));
}

export function notificationsQueryOptions(params: GetNotificationsParams) {
  return queryOptions({
    queryKey: [...notificationsQueryKey, params],
    queryFn: ({ signal }) => getNotifications(params, signal),
    // News arrives while the page is open (a proposal moved, a session was set up).
    refetchInterval: 60_000,
  });
}

export function useNotifications(params: GetNotificationsParams) {
  return useQuery(notificationsQueryOptions(params));
}
