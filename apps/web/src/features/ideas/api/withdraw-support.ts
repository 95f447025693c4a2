import type { IdeaSupport } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** DELETE /ideas/:id/support (citizen): withdraws the viewer's support. */
export function withdrawSupport(id: string): Promise<IdeaSupport> {
  return data(client.DELETE('/api/v1/ideas/{id}/support', { params: { path: { id } } }));
}

export function useWithdrawSupport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: withdrawSupport, onSuccess: () => queryClient.invalidateQueries({ queryKey: ideasQueryKey }) });
}
