import type { InstitutionInput, InstitutionView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { institutionsQueryKey } from './get-institutions';

export interface UpdateInstitutionInput {
  id: string;
  changes: Partial<InstitutionInput>;
}

/** PATCH /institutions/:id (ADMIN): the fields that changed. */
export function updateInstitution({ id, changes }: UpdateInstitutionInput): Promise<InstitutionView> {
  return data(client.PATCH('/api/v1/institutions/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateInstitution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateInstitution,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionsQueryKey }),
  });
}
