import type { OutboxMailView, Page } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export type GetMailOutboxParams = { page: number; pageSize: number };

/** Every mail the platform wrote, newest first: sent, waiting, failed, or (without SMTP) kept. */
export function getMailOutbox(params: GetMailOutboxParams, signal?: AbortSignal): Promise<Page<OutboxMailView>> {
  return data(client.GET('/api/v1/mail/outbox', { params: { query: params }, signal }));
}

export function mailOutboxQueryOptions(params: GetMailOutboxParams) {
  return queryOptions({ queryKey: ['mail-outbox', params], queryFn: ({ signal }) => getMailOutbox(params, signal), placeholderData: keepPreviousData });
}

export function useMailOutbox(params: GetMailOutboxParams) {
  return useQuery(mailOutboxQueryOptions(params));
}
