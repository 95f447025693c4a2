import type { IdeaSupport } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** PUT /ideas/:id/support (citizen): one support per person, never on one's own idea. */
export function supportIdea(id: string): Promise<IdeaSupport> {
  return api.put<IdeaSupport>(`/ideas/${id}/support`);
}

export function useSupportIdea() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: supportIdea, onSuccess: () => queryClient.invalidateQueries({ queryKey: ideasQueryKey }) });
}
