import { NominationAction, type NominationView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

export interface PreScreenInput {
  id: string;
  action: typeof NominationAction.PASS_PRE_SCREENING | typeof NominationAction.FAIL_PRE_SCREENING;
  note: string;
}

/** POST /nominations/:id/pass-pre-screening | fail-pre-screening (operator), with the note saying why. */
export function preScreenNomination({ id, action, note }: PreScreenInput): Promise<NominationView> {
  return data(client.POST(`/api/v1/nominations/{id}/${action}` as const, { params: { path: { id } }, body: { note } }));
}

export function usePreScreenNomination() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: preScreenNomination, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
