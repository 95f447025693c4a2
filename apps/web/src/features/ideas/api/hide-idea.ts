import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** POST /ideas/:id/hide (operator): personal data or abuse; the reason goes to the author. */
export function hideIdea({ id, reason }: { id: string; reason: string }): Promise<void> {
  return api.post<void>(`/ideas/${id}/hide`, { reason });
}

export function useHideIdea() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: hideIdea, onSuccess: () => queryClient.invalidateQueries({ queryKey: ideasQueryKey }) });
}
