import type { PilotUsePlan, SavedUsePlan } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pilotsQueryKey } from '../../../api/get-product-pilot-results';
import { client, data } from '../../../lib/api-client';

export interface SaveUsePlanInput {
  planId: string;
  productId: string;
  usePlan: PilotUsePlan;
}

/** PUT /pilot-plans/:id/products/:productId/use-plan (the product's supplier): what a pilot of it includes (409 when the product is excluded). */
export function saveUsePlan({ planId, productId, usePlan }: SaveUsePlanInput): Promise<SavedUsePlan> {
  return data(client.PUT('/api/v1/pilot-plans/{id}/products/{productId}/use-plan', { params: { path: { id: planId, productId } }, body: usePlan }));
}

export function useSaveUsePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveUsePlan,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: pilotsQueryKey });
    },
  });
}
