import type { DemoDayAction } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** POST /demo-days/:id/open | close (operator): `demoDayMachine`'s moves; closing publishes the results. */
export function moveDemoDay({ id, action }: { id: string; action: DemoDayAction }): Promise<unknown> {
  return data(client.POST(`/api/v1/demo-days/{id}/${action}` as const, { params: { path: { id } } }));
}

export function useMoveDemoDay() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: moveDemoDay, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
