import type { CreateStaffUserRequest, UserView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { usersQueryKey } from '../../../api/get-users';

export function createStaffUser(body: CreateStaffUserRequest): Promise<UserView> {
  return data(client.POST('/api/v1/users', { body }));
}

export function useCreateStaffUser({ onSuccess }: { onSuccess?: (user: UserView) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createStaffUser,
    onSuccess: async (user) => {
      onSuccess?.(user);
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
    },
  });
}
