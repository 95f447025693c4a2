import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { notificationsQueryKey } from './get-notifications';

/** POST /notifications/:id/read (204). */
export function markNotificationRead(id: string): Promise<void> {
  return data(client.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: notificationsQueryKey });
    },
  });
}
