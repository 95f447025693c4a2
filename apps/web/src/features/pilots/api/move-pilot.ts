import { PilotAction, type PilotView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pilotsQueryKey } from '../../../api/get-product-pilot-results';
import { client, data } from '../../../lib/api-client';

/** The moves of `pilotMachine` that carry at most a reason (the result report has its own operation). */
export type PilotMove = Exclude<PilotAction, typeof PilotAction.REPORT>;

/** Moves refused without a reason (the API answers 400 `details.reason`). */
export const REASON_REQUIRED: readonly PilotMove[] = [PilotAction.DECLINE, PilotAction.JUDGE_INSUFFICIENT];

export interface MovePilotInput {
  id: string;
  action: PilotMove;
  reason?: string;
}

/**
 * POST /pilot-applications/:id/<action> (body `{ reason? }`): match, decline, withdraw,
 * contract, deliver, start-use, judge-success, judge-insufficient,
 * complete-corrective-action, refuse-corrective-action. A 409 says why not.
 */
export function movePilot({ id, action, reason }: MovePilotInput): Promise<PilotView> {
  return data(client.POST(`/api/v1/pilot-applications/{id}/${action}` as const, { params: { path: { id } }, body: reason ? { reason } : {} }));
}

export function useMovePilot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: movePilot,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: pilotsQueryKey });
    },
  });
}
