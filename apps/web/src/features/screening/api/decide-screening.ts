import type { ProposalView, ScreeningItem } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { proposalsQueryKey } from '../../../api/get-proposals';
import { client, data } from '../../../lib/api-client';

export interface DecideScreeningInput {
  id: string;
  /** pass: SCREENING → EVALUATION (every item passed); fail: → REJECTED (at least one failed). */
  verdict: 'pass' | 'fail';
  /** Every key of SCREENING_CHECKLIST, each with pass or fail and a reason. */
  checklist: ScreeningItem[];
}

/** POST /proposals/:id/pass-screening | fail-screening `{ checklist }` (400 `details` keyed `checklist`, `checklist.<i>.reason`). */
export function decideScreening({ id, verdict, checklist }: DecideScreeningInput): Promise<ProposalView> {
  return data(client.POST(`/api/v1/proposals/{id}/${verdict}-screening` as const, { params: { path: { id } }, body: { checklist } }));
}

export function useDecideScreening() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideScreening,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: proposalsQueryKey });
    },
  });
}
