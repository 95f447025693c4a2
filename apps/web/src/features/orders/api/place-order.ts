import type { OrderInput, OrderView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { purchasesQueryKey } from '../../../api/get-product-purchase-count';
import { client, data } from '../../../lib/api-client';

/** POST /orders: a buyer orders a designated product in force (409 when it is not, or its company is sanctioned). */
export function placeOrder(input: OrderInput): Promise<OrderView> {
  return data(client.POST('/api/v1/orders', { body: input }));
}

export function usePlaceOrder() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: placeOrder, onSuccess: () => queryClient.invalidateQueries({ queryKey: purchasesQueryKey }) });
}
