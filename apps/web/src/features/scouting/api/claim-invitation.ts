import type { NominationView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** POST /scouting-invitations/claim (supplier): links the nomination to the supplier's company (same business number). */
export function claimInvitation(token: string): Promise<NominationView> {
  return data(client.POST('/api/v1/scouting-invitations/claim', { body: { token } }));
}

export function useClaimInvitation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: claimInvitation, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
