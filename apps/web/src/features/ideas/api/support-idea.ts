import type { IdeaSupport } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** PUT /ideas/:id/support (citizen): one support per person, never on one's own idea. */
export function supportIdea(id: string): Promise<IdeaSupport> {
  return data(client.PUT('/api/v1/ideas/{id}/support', { params: { path: { id } } }));
}

export function useSupportIdea() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: supportIdea, onSuccess: () => queryClient.invalidateQueries({ queryKey: ideasQueryKey }) });
}
