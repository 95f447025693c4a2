import type { UpdateProfileRequest, UserView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { meQueryKey } from './get-me';

export function updateProfile(body: UpdateProfileRequest): Promise<UserView> {
  return api.patch<UserView>('/auth/me', body);
}

export function useUpdateProfile({ onSuccess }: { onSuccess?: (user: UserView) => void } = {}) {
  const queryClient = useQueryClient();
  const session = useSession();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: async (user) => {
      session.updateUser(user);
      queryClient.setQueryData(meQueryKey, user);
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      onSuccess?.(user);
    },
  });
}
