import type { DemoDayView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** PUT /demo-days/:id/panel (operator): the whole panel, while the day is planned. */
export function setDemoDayPanel({ id, userIds }: { id: string; userIds: string[] }): Promise<DemoDayView> {
  return data(client.PUT('/api/v1/demo-days/{id}/panel', { params: { path: { id } }, body: { userIds } }));
}

export function useSetDemoDayPanel() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setDemoDayPanel, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
