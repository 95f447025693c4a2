import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { synonymGroupsQueryKey } from './get-synonym-groups';

/** DELETE /search-synonyms/:id (OPERATOR, ADMIN). */
export function deleteSynonymGroup(id: string): Promise<void> {
  return data(client.DELETE('/api/v1/search-synonyms/{id}', { params: { path: { id } } }));
}

export function useDeleteSynonymGroup() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteSynonymGroup, onSuccess: () => queryClient.invalidateQueries({ queryKey: synonymGroupsQueryKey }) });
}
