import { NominationAction, type NominationView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

export interface PreScreenInput {
  id: string;
  action: typeof NominationAction.PASS_PRE_SCREENING | typeof NominationAction.FAIL_PRE_SCREENING;
  note: string;
}

/** POST /nominations/:id/pass-pre-screening | fail-pre-screening (operator), with the note saying why. */
export function preScreenNomination({ id, action, note }: PreScreenInput): Promise<NominationView> {
  return api.post<NominationView>(`/nominations/${encodeURIComponent(id)}/${action}`, { note });
}

export function usePreScreenNomination() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: preScreenNomination, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
