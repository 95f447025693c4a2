import type { ProposalInput, ProposalView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { proposalsQueryKey } from '../../../api/get-proposals';
import { client, data } from '../../../lib/api-client';

/** POST /proposals: a DRAFT in an open call (409 when the call closed or the product already has a proposal in it). */
export function createProposal(body: ProposalInput): Promise<ProposalView> {
  return data(client.POST('/api/v1/proposals', { body }));
}

export function useCreateProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProposal,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: proposalsQueryKey });
    },
  });
}
