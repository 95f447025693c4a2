import type { MailPreferencesView } from '@inno/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const mailPreferencesQueryKey = ['mail-preferences'] as const;

/** The signed-in user's mail language and the kinds they turned off. */
export function getMailPreferences(signal?: AbortSignal): Promise<MailPreferencesView> {
  return api.get<MailPreferencesView>('/me/mail-preferences', undefined, signal);
}

export function mailPreferencesQueryOptions() {
  return queryOptions({ queryKey: mailPreferencesQueryKey, queryFn: ({ signal }) => getMailPreferences(signal) });
}

export function useMailPreferences() {
  return useQuery(mailPreferencesQueryOptions());
}
