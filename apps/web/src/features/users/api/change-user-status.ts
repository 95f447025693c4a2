import type { UserAction, UserView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { usersQueryKey } from '../../../api/get-users';

export interface ChangeUserStatusInput {
  id: string;
  action: UserAction;
  /** Why: required when staff decide on a supplier joining a company without an active administrator. */
  reason?: string;
}

/**
 * POST /users/:id/approve | reject | disable | enable: one operation, the
 * action being the account lifecycle move of `userStatusMachine`.
 */
export function changeUserStatus({ id, action, reason }: ChangeUserStatusInput): Promise<UserView> {
  return data(client.POST(`/api/v1/users/{id}/${action}` as const, { params: { path: { id } }, body: { reason } }));
}

export function useChangeUserStatus({ onSuccess }: { onSuccess?: (user: UserView, input: ChangeUserStatusInput) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeUserStatus,
    onSuccess: async (user, input) => {
      onSuccess?.(user, input);
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
    },
  });
}
