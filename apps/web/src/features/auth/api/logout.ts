import { useMutation } from '@tanstack/react-query';
import { client, data, noRefresh } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';

export function logout(): Promise<void> {
  return data(client.POST('/api/v1/auth/logout', { ...noRefresh }));
}

/**
 * Signs out on the API (revoking the refresh cookie), then forgets the session
 * whatever the answer. `onSettled` runs first (e.g. leaving a page only
 * signed-in users may see), so guards do not bounce to sign-in.
 */
export function useLogout({ onSettled }: { onSettled?: () => void | Promise<void> } = {}) {
  const session = useSession();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      try {
        await onSettled?.();
      } finally {
        session.end();
      }
    },
  });
}
