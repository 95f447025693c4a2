import type { PilotView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pilotsQueryKey } from '../../../api/get-product-pilot-results';
import { api } from '../../../lib/api-client';

export interface ApplyMatchingInput {
  planId: string;
  applicationIds: string[];
}

/** POST /pilot-plans/:id/matching (operator): the proposal as adjusted; all matched or none (409 when a cap or the budget would be exceeded). */
export function applyMatching({ planId, applicationIds }: ApplyMatchingInput): Promise<PilotView[]> {
  return api.post<PilotView[]>(`/pilot-plans/${encodeURIComponent(planId)}/matching`, { applicationIds });
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
