import type { InvitationView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { scoutingQueryKey } from './keys';

/** POST /scouting-invitations/lookup (public): what the invitation is for. The token travels in the body. */
export function lookupInvitation(token: string, signal?: AbortSignal): Promise<InvitationView> {
  return data(client.POST('/api/v1/scouting-invitations/lookup', { body: { token }, signal }));
}

export function invitationQueryOptions(token: string) {
  return queryOptions({ queryKey: [...scoutingQueryKey, 'invitation', token], queryFn: ({ signal }) => lookupInvitation(token, signal), retry: false });
}

export function useInvitation(token: string) {
  return useQuery(invitationQueryOptions(token));
}
