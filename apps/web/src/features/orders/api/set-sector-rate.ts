import type { SectorRateView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { targetsQueryKey } from './get-target-dashboard';

/** PUT /purchase-targets/sector-rates: the target rate of every institution of a sector in a year. */
export function setSectorRate(input: SectorRateView): Promise<SectorRateView> {
  return data(client.PUT('/api/v1/purchase-targets/sector-rates', { body: input }));
}

export function useSetSectorRate() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setSectorRate, onSuccess: () => queryClient.invalidateQueries({ queryKey: targetsQueryKey }) });
}
