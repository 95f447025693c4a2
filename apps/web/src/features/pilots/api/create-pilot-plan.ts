import type { PilotPlanInput, PilotPlanView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pilotsQueryKey } from '../../../api/get-product-pilot-results';
import { api } from '../../../lib/api-client';

/** POST /pilot-plans (operator): a yearly plan with its budget, Korea-time survey window and caps (PILOT_DEFAULTS when omitted). */
export function createPilotPlan(body: PilotPlanInput): Promise<PilotPlanView> {
  return api.post<PilotPlanView>('/pilot-plans', body);
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
