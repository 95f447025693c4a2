import type { AgendaItemView, CriteriaSet } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

export interface UpdateItemCriteriaInput {
  itemId: string;
  criteria: CriteriaSet;
}

/** PATCH /agenda-items/:id/criteria: an item's criteria and pass marks, until the first score freezes them (409 after). */
export function updateItemCriteria({ itemId, criteria }: UpdateItemCriteriaInput): Promise<AgendaItemView> {
  return api.patch<AgendaItemView>(`/agenda-items/${encodeURIComponent(itemId)}/criteria`, criteria);
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
