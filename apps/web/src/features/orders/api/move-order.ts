import type { OrderAction, OrderView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { purchasesQueryKey } from '../../../api/get-product-purchase-count';
import { client, data } from '../../../lib/api-client';

export interface MoveOrderInput {
  id: string;
  action: OrderAction;
  /** Decline, and cancel after acceptance. */
  reason?: string;
  /** Deliver, inspect and pay: the day it happened, and a note. */
  on?: string;
  note?: string;
}

/**
 * POST /orders/:id/<action>: accept, decline, deliver, inspect, pay, cancel (body `{ reason? }` or `{ on, note? }`).
 * A 409 says the order is no longer where it was; a 400 names the field.
 */
export function moveOrder({ id, action, ...body }: MoveOrderInput): Promise<OrderView> {
  const sent = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined && value !== ''));
  return data(client.POST(`/api/v1/orders/{id}/${action}` as const, { params: { path: { id } }, body: action === 'accept' ? undefined : sent }));
}

export function useMoveOrder() {
  const queryClient = useQueryClient();
  // Orders, the product's count and the institution's target all move with an order.
  return useMutation({ mutationFn: moveOrder, onSuccess: () => queryClient.invalidateQueries({ queryKey: purchasesQueryKey }) });
}
