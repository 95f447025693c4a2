import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** POST /ideas/:id/hide (operator): personal data or abuse; the reason goes to the author. */
export function hideIdea({ id, reason }: { id: string; reason: string }): Promise<void> {
  return data(client.POST('/api/v1/ideas/{id}/hide', { params: { path: { id } }, body: { reason } }));
}

export function useHideIdea() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: hideIdea, onSuccess: () => queryClient.invalidateQueries({ queryKey: ideasQueryKey }) });
}
