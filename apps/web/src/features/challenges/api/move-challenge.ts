import type { ChallengeAction, ChallengeView } from '@inno/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client';
import { challengesQueryKey } from './get-challenges';

/** The route of each move; the body carries a reason, a solution call's window or a purchase. */
const PATHS = {
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
} as const satisfies Record<ChallengeAction, string | null>;

export type ChallengeMove = { id: string; action: ChallengeAction; body?: Record<string, unknown> };

/** POST /challenges/:id/<move>: 409 when the move does not apply now, 403 when it is not the viewer's. */
export function moveChallenge({ id, action, body }: ChallengeMove): Promise<ChallengeView> {
  const path = PATHS[action];
  if (!path) throw new Error(`${action} is not a move a person makes`);
  // Each move's body is its own (a reason, a window, a purchase): the caller builds the one its move takes.
  return data(client.POST(`/api/v1/challenges/{id}/${path}` as const, { params: { path: { id } }, body: (body ?? {}) as never }));
}

export function useMoveChallenge() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: moveChallenge, onSuccess: () => queryClient.invalidateQueries({ queryKey: challengesQueryKey }) });
}
