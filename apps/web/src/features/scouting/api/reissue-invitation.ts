import type { NominationView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** POST /nominations/:id/invitation (its scout or an operator): a new link; the previous one stops working. */
export function reissueInvitation(id: string): Promise<NominationView> {
  return data(client.POST('/api/v1/nominations/{id}/invitation', { params: { path: { id } } }));
}

export function useReissueInvitation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reissueInvitation, onSuccess: () => queryClient.invalidateQueries({ queryKey: scoutingQueryKey }) });
}
