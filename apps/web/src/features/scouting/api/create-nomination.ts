import type { NominationInput, NominationView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** POST /nominations (scout): the answer carries the invitation link, shown this once. */
export function createNomination(body: NominationInput): Promise<NominationView> {
  return api.post<NominationView>('/nominations', body);
}

export function useCreateNomination() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createNomination, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
