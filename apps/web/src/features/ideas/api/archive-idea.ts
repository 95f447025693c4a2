import type { IdeaView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** POST /ideas/:id/archive (operator), with the reason the author is told. */
export function archiveIdea({ id, reason }: { id: string; reason: string }): Promise<IdeaView> {
  return data(client.POST('/api/v1/ideas/{id}/archive', { params: { path: { id } }, body: { reason } }));
}

export function useArchiveIdea() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: archiveIdea, onSuccess: () => queryClient.invalidateQueries({ queryKey: ideasQueryKey }) });
}
