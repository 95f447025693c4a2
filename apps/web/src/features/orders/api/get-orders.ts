import type { OrderStatus, OrderView, Page } from '@inno/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { purchasesQueryKey } from '../../../api/get-product-purchase-count';
import { client, data } from '../../../lib/api-client';

export type GetOrdersParams = { status?: OrderStatus; page: number; pageSize: number };

/** Every order query (lists, one order) starts with this key. */
export const ordersQueryKey = [...purchasesQueryKey, 'orders'] as const;

/** GET /orders: a buyer gets its institution's, a supplier its company's, the agency every one. */
export function getOrders(params: GetOrdersParams, signal?: AbortSignal): Promise<Page<OrderView>> {
  return data(client.GET('/api/v1/orders', { params: { query: params }, signal }));
}

export function ordersQueryOptions(params: GetOrdersParams) {
  return queryOptions({ queryKey: [...ordersQueryKey, 'list', params], queryFn: ({ signal }) => getOrders(params, signal), placeholderData: keepPreviousData });
}

export function useOrders(params: GetOrdersParams) {
  return useQuery(ordersQueryOptions(params));
}
