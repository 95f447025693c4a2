import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { synonymGroupsQueryKey } from './get-synonym-groups';

/** DELETE /search-synonyms/:id (OPERATOR, ADMIN). */
export function deleteSynonymGroup(id: string): Promise<void> {
  return api.delete(`/search-synonyms/${id}`);
}

export function useDeleteSynonymGroup() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteSynonymGroup, onSuccess: () => queryClient.invalidateQueries({ queryKey: synonymGroupsQueryKey }) });
}
