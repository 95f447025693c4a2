import type { SanctionInput, SanctionView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { decisionsQueryKey } from '../../../api/get-decisions';
import { client, data } from '../../../lib/api-client';
import { companyQueryKey } from './get-company';

export interface ImposeSanctionInput {
  companyId: string;
  sanction: SanctionInput;
}

/** POST /companies/:id/sanctions (operators): published on the decisions register. */
export function imposeSanction({ companyId, sanction }: ImposeSanctionInput): Promise<SanctionView> {
  return data(client.POST('/api/v1/companies/{id}/sanctions', { params: { path: { id: companyId } }, body: sanction }));
}

export function useImposeSanction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: imposeSanction,
    // The company (its "sanctioned until"), its sanctions, and the register.
    onSuccess: async (_sanction, { companyId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: companyQueryKey(companyId) }), queryClient.invalidateQueries({ queryKey: decisionsQueryKey })]),
  });
}
