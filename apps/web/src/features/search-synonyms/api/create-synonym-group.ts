import type { SynonymGroupInput, SynonymGroupView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { synonymGroupsQueryKey } from './get-synonym-groups';

/** POST /search-synonyms (OPERATOR, ADMIN). */
export function createSynonymGroup(body: SynonymGroupInput): Promise<SynonymGroupView> {
  return data(client.POST('/api/v1/search-synonyms', { body }));
}

export function useCreateSynonymGroup() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createSynonymGroup, onSuccess: () => queryClient.invalidateQueries({ queryKey: synonymGroupsQueryKey }) });
}
