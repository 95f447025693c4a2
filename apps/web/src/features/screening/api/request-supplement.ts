import type { ProposalView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { proposalsQueryKey } from '../../../api/get-proposals';
import { client, data } from '../../../lib/api-client';

export interface RequestSupplementInput {
  id: string;
  message: string;
  /** ISO date-time in the future (entered in Korea time). */
  deadline: string;
}

/** POST /proposals/:id/request-supplement: SUBMITTED or SCREENING → SUPPLEMENT_REQUESTED, with what to add and by when. */
export function requestSupplement({ id, message, deadline }: RequestSupplementInput): Promise<ProposalView> {
  return data(client.POST('/api/v1/proposals/{id}/request-supplement', { params: { path: { id } }, body: { message, deadline } }));
}

export function useRequestSupplement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestSupplement,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: proposalsQueryKey });
    },
  });
}
