import type { SignupRequest, SignupResponse } from '@inno/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function signup(body: SignupRequest): Promise<SignupResponse> {
  return api.post<SignupResponse>('/auth/signup', body, { skipAuthRefresh: true });
}

export function useSignup({ onSuccess }: { onSuccess?: (response: SignupResponse) => void } = {}) {
  return useMutation({ mutationFn: signup, onSuccess: (response) => onSuccess?.(response) });
}
