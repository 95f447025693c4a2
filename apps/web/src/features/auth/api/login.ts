import type { LoginRequest, SessionResponse } from '@inno/contracts';
import { useMutation } from '@tanstack/react-query';
import { client, data, noRefresh } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';

export function login(body: LoginRequest): Promise<SessionResponse> {
  // A 401 here means wrong credentials, not an expired token: no refresh.
  return data(client.POST('/api/v1/auth/login', { body, ...noRefresh }));
}

export function useLogin({ onSuccess }: { onSuccess?: (session: SessionResponse) => void } = {}) {
  const session = useSession();
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      session.start(response);
      onSuccess?.(response);
    },
  });
}
