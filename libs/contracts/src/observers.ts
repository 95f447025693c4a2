import type { AgendaSubject, DecisionKind, ItemDecision, Presence } from './designation';
import type { FieldRules } from './field-rules';
import type { MessageCode } from './messages';
import { addDays } from './periods';
import { Role } from './roles';
import { defineStateMachine } from './state-machine';

/**
 * Observers (시민감시): outside experts and NGOs who watch the committee for a term. They read a
 * closed session whole (agenda, attendance, recusals by name, scores per member without names,
 * the minutes, the trail of each item), and file comments and formal concerns on decisions
 * that the operator answers in public.
 */

/** An observer's organisation and term (Korean calendar days, both counted). */
export interface ObserverTerm {
  organisation: string;
  /** @format date */
  termFrom: string;
  /** @format date */
  termTo: string;
}

export type ObserverTermState = 'BEFORE' | 'WITHIN' | 'AFTER';

/** Where `today` (YYYY-MM-DD, Korea) falls in the term. */
export function observerTermState(term: Pick<ObserverTerm, 'termFrom' | 'termTo'>, today: string): ObserverTermState {
  if (today < term.termFrom) return 'BEFORE';
  return today > term.termTo ? 'AFTER' : 'WITHIN';
}

/** The code an observer is refused with outside the term. */
export const OBSERVER_TERM_REFUSALS: Record<Exclude<ObserverTermState, 'WITHIN'>, MessageCode> = {
  BEFORE: 'OBSERVER_TERM_NOT_STARTED',
  AFTER: 'OBSERVER_TERM_ENDED',
};

/** A term as an admin enters it: both days, in order, at most five years long. */
export function observerTermProblems(term: Partial<ObserverTerm>): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (!term.organisation?.trim()) problems.organisation = ['organisation is required for an observer'];
  if (!term.termFrom) problems.termFrom = ['termFrom is required for an observer'];
  if (!term.termTo) problems.termTo = ['termTo is required for an observer'];
  else if (term.termFrom && term.termTo < term.termFrom) problems.termTo = ['termTo cannot be before termFrom'];
  else if (term.termFrom && term.termTo > addDays(term.termFrom, 5 * 366)) problems.termTo = ['a term lasts at most five years'];
  return problems;
}

/** A public comment needs no answer; a formal concern must be answered by its due day. */
export const ConcernKind = { COMMENT: 'COMMENT', CONCERN: 'CONCERN' } as const;
export type ConcernKind = (typeof ConcernKind)[keyof typeof ConcernKind];

export const ConcernStatus = { OPEN: 'OPEN', ANSWERED: 'ANSWERED' } as const;
export type ConcernStatus = (typeof ConcernStatus)[keyof typeof ConcernStatus];

export const ConcernAction = { ANSWER: 'answer' } as const;
export type ConcernAction = (typeof ConcernAction)[keyof typeof ConcernAction];

/** The operator answers a comment or a concern once; the answer is public with the decision. */
export const concernMachine = /* @__PURE__ */ defineStateMachine<ConcernStatus, ConcernAction, Role>('concern', [
  { action: ConcernAction.ANSWER, from: [ConcernStatus.OPEN], to: ConcernStatus.ANSWERED, roles: [Role.OPERATOR] },
]);

export interface ObserverRules {
  /** Days the operator has to answer a formal concern, counted from the day it is filed. */
  concernAnswerDays: number;
}

export const DEFAULT_OBSERVER_RULES: ObserverRules = { concernAnswerDays: 14 };

/** The day a concern filed on `filedOn` must be answered by; a comment has none. */
export function concernAnswerDue(kind: ConcernKind, filedOn: string, rules: ObserverRules): string | null {
  return kind === ConcernKind.CONCERN ? addDays(filedOn, rules.concernAnswerDays) : null;
}

/** Past its due day (Korea) and still unanswered. */
export function isConcernOverdue(concern: { status: ConcernStatus; answerDueOn: string | null }, today: string): boolean {
  return concern.status === ConcernStatus.OPEN && concern.answerDueOn !== null && today > concern.answerDueOn;
}

/** What an observer files and an operator answers, as both the API and the forms check it. */
export const CONCERN_RULES = {
  kind: { kind: 'choice', choices: Object.values(ConcernKind) },
  body: { kind: 'text', min: 10, max: 4000 },
  answer: { kind: 'text', min: 10, max: 4000 },
} as const satisfies FieldRules;

export interface ConcernInput {
  kind: ConcernKind;
  body: string;
}

export interface ConcernAnswerInput {
  answer: string;
}

export interface ConcernView {
  id: string;
  decisionId: string;
  decisionKind: DecisionKind;
  productName: string | null;
  companyName: string;
  kind: ConcernKind;
  status: ConcernStatus;
  /** The observer's name and organisation: they speak in public. */
  authorName: string;
  organisation: string;
  body: string;
  /** @format date-time */
  filedAt: string;
  /** @format date */
  answerDueOn: string | null;
  overdue: boolean;
  answer: string | null;
  /** The answering operator's name (an official). */
  answeredBy: string | null;
  answeredAt: string | null;
}

export interface ObserverSessionSummary {
  id: string;
  title: string;
  /** @format date-time */
  startsAt: string;
  /** @format date */
  meetingDate: string;
  /** The room's name; empty for a session held online (its meeting link is never shown to observers). */
  place: string;
  online: boolean;
  /** Opened and every item on its agenda closed: only then do observers read more than the public does. */
  closed: boolean;
  itemCount: number;
  closedItemCount: number;
}

export interface ObserverAttendance {
  name: string;
  isChair: boolean;
  presence: Presence | null;
}

/** One member's score sheet, numbered rather than named (the same number across the session's items). */
export interface ObserverScore {
  member: number;
  total: number;
  points: Record<string, number>;
}

/** A step in the record of an item, its proposal or its decision: who (officials by name) did what, never the data. */
export interface ObserverTrailEntry {
  /** @format date-time */
  at: string;
  action: string;
  entityType: string;
  actorRole: string | null;
  /** Officials (operators, committee members, admins) by name; anyone else is not named. */
  actorName: string | null;
  fromState: string | null;
  toState: string | null;
}

export interface ObserverItemView {
  id: string;
  subject: AgendaSubject;
  productName: string;
  companyName: string;
  /** The names of the members recused from the item (never why). */
  recused: string[];
  scores: ObserverScore[];
  decision: ItemDecision | null;
  /** The entry of the public decisions register the item made, for comments and concerns. */
  decisionId: string | null;
  /** @format date-time */
  closedAt: string | null;
  trail: ObserverTrailEntry[];
}

export interface ObserverSessionView extends ObserverSessionSummary {
  /** Empty until the session is closed. */
  attendance: ObserverAttendance[];
  /** Empty until the session is closed. */
  items: ObserverItemView[];
}
