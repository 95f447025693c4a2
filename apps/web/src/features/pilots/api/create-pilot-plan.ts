import type { PilotPlanInput, PilotPlanView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pilotsQueryKey } from '../../../api/get-product-pilot-results';
import { client, data } from '../../../lib/api-client';

/** POST /pilot-plans (operator): a yearly plan with its budget, Korea-time survey window and caps (PILOT_DEFAULTS when omitted). */
export function createPilotPlan(body: PilotPlanInput): Promise<PilotPlanView> {
  // The document has this body stricter than the API takes (defaults, nulls and score maps its generator loses).
  return data(client.POST('/api/v1/pilot-plans', { body: body as never }));
}

export function useCreatePilotPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPilotPlan,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: pilotsQueryKey });
    },
  });
}
