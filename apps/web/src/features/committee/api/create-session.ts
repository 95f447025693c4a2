import type { SessionInput, SessionView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

/** POST /committee-sessions: a room or an online link, the members and the chair (409 `details.roomId` when the room is booked). */
export function createSession(body: SessionInput): Promise<SessionView> {
  return data(client.POST('/api/v1/committee-sessions', { body }));
}

export function useCreateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSession,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: committeeQueryKey });
    },
  });
}
