import type { ChallengeAction, ChallengeView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { challengesQueryKey } from './get-challenges';

/** The route of each move; the body carries a reason, a solution call's window or a purchase. */
const PATHS: Record<ChallengeAction, string | null> = {
  submit: 'submit',
  withdraw: 'withdraw',
  select: 'select',
  'not-select': 'not-select',
  // Put on a committee session's agenda through the committee's own route.
  schedule: null,
  'open-solution-call': 'solution-call',
  'close-solutions': 'close-solutions',
  'start-evaluation': 'start-evaluation',
  // The committee's close designates: no route.
  designate: null,
  'record-purchase': 'purchase',
};

export type ChallengeMove = { id: string; action: ChallengeAction; body?: Record<string, unknown> };

/** POST /challenges/:id/<move>: 409 when the move does not apply now, 403 when it is not the viewer's. */
export function moveChallenge({ id, action, body }: ChallengeMove): Promise<ChallengeView> {
  const path = PATHS[action];
  if (!path) throw new Error(`${action} is not a move a person makes`);
  return api.post<ChallengeView>(`/challenges/${id}/${path}`, body ?? {});
}

export function useMoveChallenge() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: moveChallenge, onSuccess: () => queryClient.invalidateQueries({ queryKey: challengesQueryKey }) });
}
