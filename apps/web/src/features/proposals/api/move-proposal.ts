import type { ProposalView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { proposalsQueryKey } from '../../../api/get-proposals';
import { client, data } from '../../../lib/api-client';

/** The supplier's moves of `proposalMachine`. */
export type SupplierProposalAction = 'submit' | 'supplement' | 'withdraw';

export interface MoveProposalInput {
  id: string;
  action: SupplierProposalAction;
  reason?: string;
}

/**
 * POST /proposals/:id/submit | supplement | withdraw (body `{ reason? }`). A 409
 * says why not; a refused submit carries `details` per failing eligibility rule.
 */
export function moveProposal({ id, action, reason }: MoveProposalInput): Promise<ProposalView> {
  return data(client.POST(`/api/v1/proposals/{id}/${action}` as const, { params: { path: { id } }, body: reason ? { reason } : {} }));
}

export function useMoveProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveProposal,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: proposalsQueryKey });
    },
  });
}
