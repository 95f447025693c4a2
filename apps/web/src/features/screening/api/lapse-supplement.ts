import type { ProposalView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { proposalsQueryKey } from '../../../api/get-proposals';
import { api } from '../../../lib/api-client';

/** POST /proposals/:id/lapse-supplement: after the deadline, the proposal goes back to SUBMITTED as it was (409 before it). */
export function lapseSupplement(id: string): Promise<ProposalView> {
  return api.post<ProposalView>(`/proposals/${encodeURIComponent(id)}/lapse-supplement`);
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
