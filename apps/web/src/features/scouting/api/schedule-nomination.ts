import type { NominationView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** POST /nominations/:id/schedule (operator): a pre-screened nomination joins a planned demo day of its round. */
export function scheduleNomination({ id, demoDayId }: { id: string; demoDayId: string }): Promise<NominationView> {
  return data(client.POST('/api/v1/nominations/{id}/schedule', { params: { path: { id } }, body: { demoDayId } }));
}

export function useScheduleNomination() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: scheduleNomination, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
