import type { NominationInput, NominationView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** POST /nominations (scout): the answer carries the invitation link, shown this once. */
export function createNomination(body: NominationInput): Promise<NominationView> {
  return data(client.POST('/api/v1/nominations', { body }));
}

export function useCreateNomination() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createNomination, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
