import type { IdeaContent, IdeaView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { ideasQueryKey } from './get-ideas';

/** POST /ideas (citizen): published at once; 400 when a field seems to hold personal data. */
export function createIdea(body: IdeaContent): Promise<IdeaView> {
  return data(client.POST('/api/v1/ideas', { body }));
}

export function useCreateIdea() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createIdea, onSuccess: () => queryClient.invalidateQueries({ queryKey: ideasQueryKey }) });
}
