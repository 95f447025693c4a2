import type { UpdateProfileRequest, UserView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { meQueryKey } from './get-me';

export function updateProfile(body: UpdateProfileRequest): Promise<UserView> {
  return data(client.PATCH('/api/v1/auth/me', { body }));
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
