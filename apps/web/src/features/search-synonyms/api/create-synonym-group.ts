import type { SynonymGroupInput, SynonymGroupView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { synonymGroupsQueryKey } from './get-synonym-groups';

/** POST /search-synonyms (OPERATOR, ADMIN). */
export function createSynonymGroup(body: SynonymGroupInput): Promise<SynonymGroupView> {
  return api.post<SynonymGroupView>('/search-synonyms', body);
}

export function useCreateSynonymGroup() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createSynonymGroup, onSuccess: () => queryClient.invalidateQueries({ queryKey: synonymGroupsQueryKey }) });
}
