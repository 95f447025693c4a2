import type { OrderView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { ordersQueryKey } from './get-orders';

export const orderQueryKey = (id: string) => [...ordersQueryKey, 'detail', id] as const;

/** GET /orders/:id: the order, its documents and the moves open to the viewer now (`availableActions`). */
export function getOrder(id: string, signal?: AbortSignal): Promise<OrderView> {
  return data(client.GET('/api/v1/orders/{id}', { params: { path: { id } }, signal }));
}

export function orderQueryOptions(id: string) {
  return queryOptions({ queryKey: orderQueryKey(id), queryFn: ({ signal }) => getOrder(id, signal) });
}

export function useOrder(id: string) {
  return useQuery(orderQueryOptions(id));
}
