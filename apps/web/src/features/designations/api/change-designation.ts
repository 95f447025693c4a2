import type { DesignationChange } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { decisionsQueryKey } from '../../../api/get-decisions';
import { productsQueryKey } from '../../../api/get-product';
import { client, data } from '../../../lib/api-client';

/** The operator's moves of `designationMachine` on a product (extension goes through requests; expiry is the platform's). */
export type DesignationMove = 'suspend' | 'reinstate' | 'revoke';

export interface ChangeDesignationInput {
  productId: string;
  action: DesignationMove;
  /** Published with the decision: one reason to suspend or reinstate, one or more to revoke. */
  reasons: string[];
}

/** POST /products/:id/suspend | reinstate `{ reason }`, or /revoke `{ reasons }` (409 when the status does not allow it). */
export function changeDesignation({ productId, action, reasons }: ChangeDesignationInput): Promise<DesignationChange> {
  const body = action === 'revoke' ? { reasons } : { reason: reasons[0] ?? '' };
  return data(client.POST(`/api/v1/products/{id}/${action}` as const, { params: { path: { id: productId } }, body }));
}

export function useChangeDesignation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeDesignation,
    onSuccess: async () => {
      // The product (its page and any search listing it) and the published decisions.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: productsQueryKey }),
        queryClient.invalidateQueries({ queryKey: decisionsQueryKey }),
      ]);
    },
  });
}
