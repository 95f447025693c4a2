import type { CompanyMemberView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { companyMembersQueryKey } from './get-company-members';

export type MemberAction = 'approve' | 'reject';

export interface ChangeMemberStatusInput {
  companyId: string;
  userId: string;
  action: MemberAction;
}

/**
 * POST /companies/:id/members/:userId/approve | reject: the company
 * administrator admits (or turns away) someone who signed up with the
 * company's business number.
 */
export function changeMemberStatus({ companyId, userId, action }: ChangeMemberStatusInput): Promise<CompanyMemberView> {
  return data(client.POST(`/api/v1/companies/{id}/members/{userId}/${action}` as const, { params: { path: { id: companyId, userId } } }));
}

export function useChangeMemberStatus({ onSuccess }: { onSuccess?: (member: CompanyMemberView, input: ChangeMemberStatusInput) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeMemberStatus,
    onSuccess: async (member, input) => {
      onSuccess?.(member, input);
      await queryClient.invalidateQueries({ queryKey: companyMembersQueryKey(input.companyId) });
    },
  });
}
