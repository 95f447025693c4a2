import type { InstitutionInput, InstitutionView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { institutionsQueryKey } from './get-institutions';

export interface UpdateInstitutionInput {
  id: string;
  changes: Partial<InstitutionInput>;
}

/** PATCH /institutions/:id (ADMIN): the fields that changed. */
export function updateInstitution({ id, changes }: UpdateInstitutionInput): Promise<InstitutionView> {
  return api.patch<InstitutionView>(`/institutions/${encodeURIComponent(id)}`, changes);
}

export function useUpdateInstitution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateInstitution,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionsQueryKey }),
  });
}
