import type { ProposalView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { proposalsQueryKey } from '../../../api/get-proposals';
import { client, data } from '../../../lib/api-client';

/** POST /proposals/:id/start-screening: SUBMITTED → SCREENING. */
export function startScreening(id: string): Promise<ProposalView> {
  return data(client.POST('/api/v1/proposals/{id}/start-screening', { params: { path: { id } } }));
}

export function useStartScreening() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startScreening,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: proposalsQueryKey });
    },
  });
}
