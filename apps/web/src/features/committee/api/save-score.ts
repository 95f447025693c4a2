import type { AgendaItemView, ScoreSheet } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

export interface SaveScoreInput extends ScoreSheet {
  itemId: string;
}

/**
 * PUT /agenda-items/:id/score: every criterion within 0..its points, each with a
 * comment (400 `details` keyed `points.<key>` / `comments.<key>`); saving again replaces it until the item closes.
 */
export function saveScore({ itemId, points, comments }: SaveScoreInput): Promise<AgendaItemView> {
  return api.put<AgendaItemView>(`/agenda-items/${encodeURIComponent(itemId)}/score`, { points, comments });
}

export function useSaveScore() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveScore,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: committeeQueryKey });
    },
  });
}
