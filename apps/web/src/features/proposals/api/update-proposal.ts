import type { ProposalUpdate, ProposalView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { proposalsQueryKey } from '../../../api/get-proposals';
import { client, data } from '../../../lib/api-client';

export interface UpdateProposalInput {
  id: string;
  changes: ProposalUpdate;
}

/**
 * PATCH /proposals/:id with only what changed: a DRAFT while the call is open;
 * once submitted, only while a supplement is requested (the edits go to `supplementDraft`).
 */
export function updateProposal({ id, changes }: UpdateProposalInput): Promise<ProposalView> {
  return data(client.PATCH('/api/v1/proposals/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProposal,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: proposalsQueryKey });
    },
  });
}
