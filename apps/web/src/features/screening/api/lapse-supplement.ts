import type { ProposalView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { proposalsQueryKey } from '../../../api/get-proposals';
import { client, data } from '../../../lib/api-client';

/** POST /proposals/:id/lapse-supplement: after the deadline, the proposal goes back to SUBMITTED as it was (409 before it). */
export function lapseSupplement(id: string): Promise<ProposalView> {
  return data(client.POST('/api/v1/proposals/{id}/lapse-supplement', { params: { path: { id } } }));
}

export function useLapseSupplement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: lapseSupplement,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: proposalsQueryKey });
    },
  });
}
