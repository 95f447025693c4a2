import type { AgendaItemView, CriteriaSet } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

export interface UpdateItemCriteriaInput {
  itemId: string;
  criteria: CriteriaSet;
}

/** PATCH /agenda-items/:id/criteria: an item's criteria and pass marks, until the first score freezes them (409 after). */
export function updateItemCriteria({ itemId, criteria }: UpdateItemCriteriaInput): Promise<AgendaItemView> {
  return data(client.PATCH('/api/v1/agenda-items/{id}/criteria', { params: { path: { id: itemId } }, body: criteria }));
}

export function useUpdateItemCriteria() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateItemCriteria,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: committeeQueryKey });
    },
  });
}
