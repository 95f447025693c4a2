import type { InstitutionInput, InstitutionView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { institutionsQueryKey } from './get-institutions';

/** POST /institutions (ADMIN). */
export function createInstitution(body: InstitutionInput): Promise<InstitutionView> {
  return data(client.POST('/api/v1/institutions', { body }));
}

export function useCreateInstitution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInstitution,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionsQueryKey }),
  });
}
