import type { SanctionView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { decisionsQueryKey } from '../../../api/get-decisions';
import { client, data } from '../../../lib/api-client';
import { companyQueryKey } from './get-company';

export interface LiftSanctionInput {
  companyId: string;
  sanctionId: string;
  reason: string;
}

/** POST /companies/:id/sanctions/:sanctionId/lift (operators; 409 when already lifted or over). */
export function liftSanction({ companyId, sanctionId, reason }: LiftSanctionInput): Promise<SanctionView> {
  return data(client.POST('/api/v1/companies/{id}/sanctions/{sanctionId}/lift', { params: { path: { id: companyId, sanctionId } }, body: { reason } }));
}

export function useLiftSanction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: liftSanction,
    onSuccess: async (_sanction, { companyId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: companyQueryKey(companyId) }), queryClient.invalidateQueries({ queryKey: decisionsQueryKey })]),
  });
}
