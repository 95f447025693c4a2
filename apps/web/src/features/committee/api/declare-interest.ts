import type { AgendaItemView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

export interface DeclareInterestInput {
  itemId: string;
  /** True declares a conflict of interest: the member is recused from the item. */
  conflict: boolean;
  /** Required with a conflict. */
  reason?: string;
}

/** POST /agenda-items/:id/declaration: once per member and item, before scoring (409 when declared already or closed). */
export function declareInterest({ itemId, conflict, reason }: DeclareInterestInput): Promise<AgendaItemView> {
  return data(client.POST('/api/v1/agenda-items/{id}/declaration', { params: { path: { id: itemId } }, body: reason ? { conflict, reason } : { conflict } }));
}

export function useDeclareInterest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declareInterest,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: committeeQueryKey });
    },
  });
}
