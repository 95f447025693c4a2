import type { AgendaItemView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productsQueryKey } from '../../../api/get-product';
import { decisionsQueryKey } from '../../../api/get-decisions';
import { proposalsQueryKey } from '../../../api/get-proposals';
import { client, data } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

/**
 * POST /agenda-items/:id/close (the chair): decides the item on the pass marks and
 * designates or rejects the proposal (409 "No quorum: x of y", or already closed).
 */
export function closeItem(itemId: string): Promise<AgendaItemView> {
  return data(client.POST('/api/v1/agenda-items/{id}/close', { params: { path: { id: itemId } } }));
}

export function useCloseItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeItem,
    onSuccess: async () => {
      // The session and its minutes, the proposal, the product's designation and the published decisions.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: committeeQueryKey }),
        queryClient.invalidateQueries({ queryKey: proposalsQueryKey }),
        queryClient.invalidateQueries({ queryKey: productsQueryKey }),
        queryClient.invalidateQueries({ queryKey: decisionsQueryKey }),
      ]);
    },
  });
}
