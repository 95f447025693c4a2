import type { MailPreferencesView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';

export const mailPreferencesQueryKey = ['mail-preferences'] as const;

/** The signed-in user's mail language and the kinds they turned off. */
export function getMailPreferences(signal?: AbortSignal): Promise<MailPreferencesView> {
  return data(client.GET('/api/v1/me/mail-preferences', { signal }));
}

export function mailPreferencesQueryOptions() {
  return queryOptions({ queryKey: mailPreferencesQueryKey, queryFn: ({ signal }) => getMailPreferences(signal) });
}

export function useMailPreferences() {
  return useQuery(mailPreferencesQueryOptions());
}
