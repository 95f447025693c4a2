import type { CompanyProfileUpdate } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { companyQueryKey, type CompanyProfileView } from './get-company';

export interface UpdateCompanyInput {
  id: string;
  changes: CompanyProfileUpdate;
}

/** PATCH /companies/:id: the company administrator only (403 otherwise). */
export function updateCompany({ id, changes }: UpdateCompanyInput): Promise<CompanyProfileView> {
  return data(client.PATCH('/api/v1/companies/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateCompany({ onSuccess }: { onSuccess?: (company: CompanyProfileView) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCompany,
    onSuccess: async (company, { id }) => {
      queryClient.setQueryData(companyQueryKey(id), company);
      onSuccess?.(company);
      // Members, documents and products sit below this key and did not change.
      await queryClient.invalidateQueries({ queryKey: companyQueryKey(id), exact: true });
    },
  });
}
