import type { Language, MailPreferencesView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { mailPreferencesQueryKey } from './get-mail-preferences';

/** PUT /me/language: the signed-in user's language, the one their mails come in. */
export function updateLanguage(language: Language): Promise<MailPreferencesView> {
  return data(client.PUT('/api/v1/me/language', { body: { language } }));
}

export function useUpdateLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLanguage,
    onSuccess: (saved) => queryClient.setQueryData(mailPreferencesQueryKey, saved),
  });
}
