import type { Message } from './messages';

/**
 * A small typed state machine shared by the API (which refuses a move) and the
 * web (which shows only the moves the API would allow).
 */

/** Why a guard refuses a move: the code (and params) the reader is told, and the English sentence for API users and logs. */
export interface GuardRefusal extends Message {
  text: string;
}

export interface Transition<S extends string, A extends string, R extends string, C> {
  action: A;
  from: readonly S[];
  to: S;
  roles: readonly R[];
  /** Returns why the move is not allowed in this context, or null. */
  guard?: (context: C) => GuardRefusal | null;
}

export type TransitionCheck<S extends string> =
  | { ok: true; to: S }
  | { ok: false; reason: 'UNKNOWN_ACTION' | 'WRONG_STATE' | 'FORBIDDEN_ROLE'; message: string }
  | { ok: false; reason: 'GUARD'; message: string; refusal: Message };

export interface StateMachine<S extends string, A extends string, R extends string, C> {
  readonly name: string;
  readonly transitions: readonly Transition<S, A, R, C>[];
  check(state: S, action: A, role: R, context?: C): TransitionCheck<S>;
  /** Actions this role may take from this state (guards included when a context is given). */
  availableActions(state: S, role: R, context?: C): A[];
}

export function defineStateMachine<S extends string, A extends string, R extends string, C = undefined>(
  name: string,
  transitions: readonly Transition<S, A, R, C>[],
): StateMachine<S, A, R, C> {
  const byAction = new Map<A, Transition<S, A, R, C>[]>();
  for (const t of transitions) byAction.set(t.action, [...(byAction.get(t.action) ?? []), t]);

  function check(state: S, action: A, role: R, context?: C): TransitionCheck<S> {
    const candidates = byAction.get(action);
    if (!candidates) return { ok: false, reason: 'UNKNOWN_ACTION', message: `${name}: unknown action ${action}` };
    const fromState = candidates.filter((t) => t.from.includes(state));
    if (fromState.length === 0) {
      return { ok: false, reason: 'WRONG_STATE', message: `${name}: cannot ${action} from ${state}` };
    }
    const allowed = fromState.find((t) => t.roles.includes(role));
    if (!allowed) return { ok: false, reason: 'FORBIDDEN_ROLE', message: `${name}: role ${role} may not ${action}` };
    if (allowed.guard && context !== undefined) {
      const refusal = allowed.guard(context);
      if (refusal) {
        const { text, ...said } = refusal;
        return { ok: false, reason: 'GUARD', message: text, refusal: said };
      }
    }
    return { ok: true, to: allowed.to };
  }

  return {
    name,
    transitions,
    check,
    availableActions: (state, role, context) =>
      [...byAction.keys()].filter((action) => check(state, action, role, context).ok),
  };
}

/** Every role that may take an action from some state: what a route's access policy allows. */
export function rolesFor<S extends string, A extends string, R extends string, C>(
  machine: StateMachine<S, A, R, C>,
  action: A,
): R[] {
  return [...new Set(machine.transitions.filter((t) => t.action === action).flatMap((t) => t.roles))];
}
