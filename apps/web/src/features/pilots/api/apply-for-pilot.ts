import type { PilotApplicationInput, PilotView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pilotsQueryKey } from '../../../api/get-product-pilot-results';
import { client, data } from '../../../lib/api-client';

/**
 * POST /pilot-applications (buyer): the institution's application for a product of a plan.
 * 409 outside the survey window, when the institution already applied, or for an excluded product.
 */
export function applyForPilot(body: PilotApplicationInput): Promise<PilotView> {
  return data(client.POST('/api/v1/pilot-applications', { body }));
}

export function useApplyForPilot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyForPilot,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: pilotsQueryKey });
    },
  });
}
