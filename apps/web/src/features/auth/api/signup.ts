import type { SignupRequest, SignupResponse } from '@inno/contracts';
import { useMutation } from '@tanstack/react-query';
import { client, data, noRefresh } from '../../../lib/api-client';

export function signup(body: SignupRequest): Promise<SignupResponse> {
  return data(client.POST('/api/v1/auth/signup', { body, ...noRefresh }));
}

export function useSignup({ onSuccess }: { onSuccess?: (response: SignupResponse) => void } = {}) {
  return useMutation({ mutationFn: signup, onSuccess: (response) => onSuccess?.(response) });
}
