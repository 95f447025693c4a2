import type { AttendanceInput, SessionView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { committeeQueryKey } from './get-sessions';

export interface OpenSessionInput extends AttendanceInput {
  sessionId: string;
}

/**
 * POST /committee-sessions/:id/open (the chair, on the session's date in Korea time): records every
 * member as in the room, online or absent (400 `details.attendance`; 409 before the date or when open already).
 */
export function openSession({ sessionId, attendance }: OpenSessionInput): Promise<SessionView> {
  return data(client.POST('/api/v1/committee-sessions/{id}/open', { params: { path: { id: sessionId } }, body: { attendance } }));
}

export function useOpenSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openSession,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: committeeQueryKey });
    },
  });
}
