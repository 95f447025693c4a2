import type { MyAllocationsView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

export interface AllocateInput {
  demoDayId: string;
  nominationId: string;
  /** KRW; 0 takes the investment back. */
  amount: number;
}

/** PUT /demo-days/:id/allocations/:nominationId (panel member): 409 BUDGET_EXCEEDED past the budget. */
export function allocate({ demoDayId, nominationId, amount }: AllocateInput): Promise<MyAllocationsView> {
  return data(client.PUT('/api/v1/demo-days/{id}/allocations/{nominationId}', { params: { path: { id: demoDayId, nominationId } }, body: { amount } }));
}

export function useAllocate() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: allocate, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
