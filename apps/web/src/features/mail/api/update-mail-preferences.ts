import type { MailPreferencesView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { mailPreferencesQueryKey } from './get-mail-preferences';

export function updateMailPreferences(body: MailPreferencesView): Promise<MailPreferencesView> {
  return data(client.PUT('/api/v1/me/mail-preferences', { body }));
}

export function useUpdateMailPreferences({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMailPreferences,
    onSuccess: (saved) => {
      queryClient.setQueryData(mailPreferencesQueryKey, saved);
      onSuccess?.();
    },
  });
}
