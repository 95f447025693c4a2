import type { PilotView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pilotsQueryKey } from '../../../api/get-product-pilot-results';
import { client, data } from '../../../lib/api-client';

export interface ApplyMatchingInput {
  planId: string;
  applicationIds: string[];
}

/** POST /pilot-plans/:id/matching (operator): the proposal as adjusted; all matched or none (409 when a cap or the budget would be exceeded). */
export function applyMatching({ planId, applicationIds }: ApplyMatchingInput): Promise<PilotView[]> {
  return data(client.POST('/api/v1/pilot-plans/{id}/matching', { params: { path: { id: planId } }, body: { applicationIds } }));
}

export function useApplyMatching() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyMatching,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: pilotsQueryKey });
    },
  });
}
