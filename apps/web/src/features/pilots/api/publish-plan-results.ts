import type { PilotPlanView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pilotsQueryKey } from '../../../api/get-product-pilot-results';
import { client, data } from '../../../lib/api-client';

/** POST /pilot-plans/:id/publish (operator): makes the matching results public (409 while the survey is open or once published). */
export function publishPlanResults(planId: string): Promise<PilotPlanView> {
  return data(client.POST('/api/v1/pilot-plans/{id}/publish', { params: { path: { id: planId } } }));
}

export function usePublishPlanResults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishPlanResults,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: pilotsQueryKey });
    },
  });
}
