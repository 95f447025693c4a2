import type { NominationView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** POST /nominations/:id/schedule (operator): a pre-screened nomination joins a planned demo day of its round. */
export function scheduleNomination({ id, demoDayId }: { id: string; demoDayId: string }): Promise<NominationView> {
  return api.post<NominationView>(`/nominations/${encodeURIComponent(id)}/schedule`, { demoDayId });
}

export function useScheduleNomination() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: scheduleNomination, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
