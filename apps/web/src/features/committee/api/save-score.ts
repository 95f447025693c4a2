import type { AgendaItemView, ScoreSheet } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

export interface SaveScoreInput extends ScoreSheet {
  itemId: string;
}

/**
 * PUT /agenda-items/:id/score: every criterion within 0..its points, each with a
 * comment (400 `details` keyed `points.<key>` / `comments.<key>`); saving again replaces it until the item closes.
 */
export function saveScore({ itemId, points, comments }: SaveScoreInput): Promise<AgendaItemView> {
  // The document has this body stricter than the API takes (defaults, nulls and score maps its generator loses).
  return data(client.PUT('/api/v1/agenda-items/{id}/score', { params: { path: { id: itemId } }, body: { points, comments } as never }));
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
