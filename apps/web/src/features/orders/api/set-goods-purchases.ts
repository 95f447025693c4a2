import type { TargetDashboard } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { targetsQueryKey } from './get-target-dashboard';

/** PUT /purchase-targets/institutions/:id/goods-purchases: the year's goods purchases, the target's base. */
export function setGoodsPurchases({ institutionId, year, amount }: { institutionId: string; year: number; amount: number }): Promise<TargetDashboard> {
  return data(client.PUT('/api/v1/purchase-targets/institutions/{id}/goods-purchases', { params: { path: { id: institutionId } }, body: { year, amount } }));
}

export function useSetGoodsPurchases() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setGoodsPurchases, onSuccess: () => queryClient.invalidateQueries({ queryKey: targetsQueryKey }) });
}
