import { Role } from './roles';
import { defineStateMachine, type GuardRefusal } from './state-machine';
import { ChallengeSelection, SYSTEM_ROLE, type ActorRole, type CallPhase, type ProposalContent, type ProposalStatus } from './designation';
import type { Message, MessageCode } from './messages';

/**
 * A challenge (수요제안, domain.md §3.2): an institution's problem, proposed into a call for
 * challenges, selected by the operator or, where the call says so, by the committee, answered by sealed solutions, designated and bought.
 */
export const ChallengeStatus = {
  DRAFT: 'DRAFT',
  PROPOSED: 'PROPOSED',
  /** On a committee session's agenda: the committee's close selects it or not. */
  COMMITTEE_REVIEW: 'COMMITTEE_REVIEW',
  SELECTED: 'SELECTED',
  NOT_SELECTED: 'NOT_SELECTED',
  SOLUTION_CALL_OPEN: 'SOLUTION_CALL_OPEN',
  SOLUTIONS_CLOSED: 'SOLUTIONS_CLOSED',
  EVALUATION: 'EVALUATION',
  DESIGNATED: 'DESIGNATED',
  PURCHASED_FOR_PROPOSER: 'PURCHASED_FOR_PROPOSER',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type ChallengeStatus = (typeof ChallengeStatus)[keyof typeof ChallengeStatus];

export const ChallengeAction = {
  SUBMIT: 'submit',
  WITHDRAW: 'withdraw',
  /** Put on a committee session's agenda (through the committee's agenda, not a challenge route). */
  SCHEDULE: 'schedule',
  SELECT: 'select',
  NOT_SELECT: 'not-select',
  OPEN_SOLUTION_CALL: 'open-solution-call',
  CLOSE_SOLUTIONS: 'close-solutions',
  START_EVALUATION: 'start-evaluation',
  DESIGNATE: 'designate',
  RECORD_PURCHASE: 'record-purchase',
} as const;
export type ChallengeAction = (typeof ChallengeAction)[keyof typeof ChallengeAction];

export interface ChallengeContext {
  /** The call for challenges accepts challenges now. */
  callOpen: boolean;
  /** The call for challenges has closed: selection compares every challenge it received. */
  callClosed: boolean;
  /** Who selects the call's challenges. */
  selection: ChallengeSelection;
  /** The solution call (once opened) has closed. */
  solutionCallClosed: boolean;
}

const SELECTED_BY_COMMITTEE: GuardRefusal = { code: 'SELECTION_BY_COMMITTEE', text: 'This call’s challenges are selected by the committee: put them on a committee session’s agenda' };
const SELECTED_BY_OPERATOR: GuardRefusal = { code: 'SELECTION_BY_OPERATOR', text: 'This call’s challenges are selected by the operator, not the committee' };
const CALL_NOT_CLOSED: GuardRefusal = { code: 'CHALLENGE_CALL_NOT_CLOSED', text: 'The call for challenges has not closed: challenges are selected once all are in' };

const afterTheClose = (c: ChallengeContext) => (c.callClosed ? null : CALL_NOT_CLOSED);

/** The operator selects alone only where the call says so, and once every challenge is in. */
const operatorSelectionGuard = (c: ChallengeContext) => (c.selection === ChallengeSelection.COMMITTEE ? SELECTED_BY_COMMITTEE : afterTheClose(c));

export const challengeMachine = /* @__PURE__ */ defineStateMachine<ChallengeStatus, ChallengeAction, ActorRole, ChallengeContext>('challenge', [
  {
    action: ChallengeAction.SUBMIT,
    from: [ChallengeStatus.DRAFT],
    to: ChallengeStatus.PROPOSED,
    roles: [Role.BUYER],
    guard: (c) => (c.callOpen ? null : { code: 'CHALLENGE_CALL_NOT_OPEN', text: 'The call for challenges is not open: challenges are accepted only between its opening and closing times' }),
  },
  { action: ChallengeAction.WITHDRAW, from: [ChallengeStatus.DRAFT, ChallengeStatus.PROPOSED], to: ChallengeStatus.WITHDRAWN, roles: [Role.BUYER] },
  {
    action: ChallengeAction.SCHEDULE,
    from: [ChallengeStatus.PROPOSED],
    to: ChallengeStatus.COMMITTEE_REVIEW,
    roles: [Role.OPERATOR],
    guard: (c) => (c.selection !== ChallengeSelection.COMMITTEE ? SELECTED_BY_OPERATOR : afterTheClose(c)),
  },
  { action: ChallengeAction.SELECT, from: [ChallengeStatus.PROPOSED], to: ChallengeStatus.SELECTED, roles: [Role.OPERATOR], guard: operatorSelectionGuard },
  { action: ChallengeAction.NOT_SELECT, from: [ChallengeStatus.PROPOSED], to: ChallengeStatus.NOT_SELECTED, roles: [Role.OPERATOR], guard: operatorSelectionGuard },
  // The chair's close of the challenge's agenda item decides it.
  { action: ChallengeAction.SELECT, from: [ChallengeStatus.COMMITTEE_REVIEW], to: ChallengeStatus.SELECTED, roles: [SYSTEM_ROLE] },
  { action: ChallengeAction.NOT_SELECT, from: [ChallengeStatus.COMMITTEE_REVIEW], to: ChallengeStatus.NOT_SELECTED, roles: [SYSTEM_ROLE] },
  { action: ChallengeAction.OPEN_SOLUTION_CALL, from: [ChallengeStatus.SELECTED], to: ChallengeStatus.SOLUTION_CALL_OPEN, roles: [Role.OPERATOR] },
  {
    action: ChallengeAction.CLOSE_SOLUTIONS,
    from: [ChallengeStatus.SOLUTION_CALL_OPEN],
    to: ChallengeStatus.SOLUTIONS_CLOSED,
    roles: [Role.OPERATOR, SYSTEM_ROLE],
    guard: (c) => (c.solutionCallClosed ? null : { code: 'SOLUTION_CALL_NOT_CLOSED', text: 'The solution call has not closed yet' }),
  },
  { action: ChallengeAction.START_EVALUATION, from: [ChallengeStatus.SOLUTIONS_CLOSED], to: ChallengeStatus.EVALUATION, roles: [Role.OPERATOR] },
  // The committee's passing close of a solution's agenda item designates it.
  { action: ChallengeAction.DESIGNATE, from: [ChallengeStatus.SOLUTIONS_CLOSED, ChallengeStatus.EVALUATION], to: ChallengeStatus.DESIGNATED, roles: [SYSTEM_ROLE] },
  { action: ChallengeAction.RECORD_PURCHASE, from: [ChallengeStatus.DESIGNATED], to: ChallengeStatus.PURCHASED_FOR_PROPOSER, roles: [Role.BUYER, Role.OPERATOR] },
]);

/** The problem as the institution states it (domain.md §3.2). */
export interface ChallengeContent {
  title: string;
  /** What the institution needs solved. */
  need: string;
  /** How it is done today, and what that costs. */
  currentMethod: string;
  currentCost: number | null;
  expectedEffect: string;
  /** The budget the institution could commit (KRW). */
  budget: number | null;
  quantity: number | null;
  /** A catalogue category code. */
  field: string;
}

export interface ChallengePurchase {
  amount: number;
  /** YYYY-MM-DD. */
  contractedOn: string;
  contractReference: string;
  recordedAt: string;
}

/** Who selected a challenge (or not) and why: public with the result. */
export interface ChallengeSelectionResult {
  by: ChallengeSelection;
  /** The operator's reason as written, or the committee's decision as codes. */
  reasons: Message[];
  /** The committee session whose minutes record the decision. */
  sessionId: string | null;
  decidedAt: string;
}

export interface ChallengeView extends ChallengeContent {
  id: string;
  status: ChallengeStatus;
  call: { id: string; title: string; closesAt: string; phase: CallPhase; selection: ChallengeSelection } | null;
  institution: { id: string; name: string };
  /** The operator's reason when selecting alone (see `selection` for who decided). */
  selectionReason: string | null;
  selection: ChallengeSelectionResult | null;
  solutionCall: { id: string; opensAt: string; closesAt: string; phase: CallPhase } | null;
  /** The idea it grew from, if any. */
  ideaId: string | null;
  winner: { proposalId: string; productId: string; productName: string; companyName: string } | null;
  purchase: ChallengePurchase | null;
  submittedAt: string | null;
  availableActions: ChallengeAction[];
}

/** Before the solution call closes: how many arrived and when, nothing else. */
export interface SealedSolutionsView {
  sealed: true;
  closesAt: string;
  count: number;
  submittedAt: string[];
}

export interface SolutionView {
  proposalId: string;
  status: ProposalStatus;
  company: { id: string; name: string };
  product: { id: string; nameKo: string };
  submittedAt: string | null;
  content: ProposalContent;
}

export interface OpenedSolutionsView {
  sealed: false;
  closesAt: string;
  count: number;
  solutions: SolutionView[];
}

export type SolutionsView = SealedSolutionsView | OpenedSolutionsView;

// ─── Citizens' ideas (domain.md §3.3) ───────────────────────────────────────

export const IdeaStatus = { SUBMITTED: 'SUBMITTED', UNDER_REVIEW: 'UNDER_REVIEW', SELECTED: 'SELECTED', ARCHIVED: 'ARCHIVED' } as const;
export type IdeaStatus = (typeof IdeaStatus)[keyof typeof IdeaStatus];

export const IdeaAction = { REVIEW: 'review', SCORE: 'score', SELECT: 'select', ARCHIVE: 'archive' } as const;
export type IdeaAction = (typeof IdeaAction)[keyof typeof IdeaAction];

/** What a selected idea becomes. */
export const IdeaRoute = { CHALLENGE: 'CHALLENGE', INCUBATION: 'INCUBATION' } as const;
export type IdeaRoute = (typeof IdeaRoute)[keyof typeof IdeaRoute];

export interface IdeaContext {
  /** Ideas already selected in this month's review, and the month's limit. */
  selectedThisMonth: number;
  maxSelected: number;
  /** The idea has its three review scores. */
  scored: boolean;
}

export const ideaMachine = /* @__PURE__ */ defineStateMachine<IdeaStatus, IdeaAction, ActorRole, IdeaContext>('idea', [
  // Opening the month's review takes the month's ideas under review.
  { action: IdeaAction.REVIEW, from: [IdeaStatus.SUBMITTED], to: IdeaStatus.UNDER_REVIEW, roles: [Role.OPERATOR] },
  { action: IdeaAction.SCORE, from: [IdeaStatus.UNDER_REVIEW], to: IdeaStatus.UNDER_REVIEW, roles: [Role.OPERATOR] },
  {
    action: IdeaAction.SELECT,
    from: [IdeaStatus.UNDER_REVIEW],
    to: IdeaStatus.SELECTED,
    roles: [Role.OPERATOR],
    guard: (c) =>
      !c.scored
        ? { code: 'IDEA_NOT_SCORED', text: 'Score the idea on innovativeness, social impact and fit for procurement before selecting it' }
        : c.selectedThisMonth >= c.maxSelected
          ? { code: 'MONTHLY_SELECTION_FULL', params: { max: c.maxSelected }, text: `At most ${c.maxSelected} ideas are selected a month` }
          : null,
  },
  { action: IdeaAction.ARCHIVE, from: [IdeaStatus.UNDER_REVIEW], to: IdeaStatus.ARCHIVED, roles: [Role.OPERATOR, SYSTEM_ROLE] },
]);

export interface IdeaContent {
  title: string;
  /** The problem, who suffers it, the idea, and where it would be used. */
  problem: string;
  affected: string;
  idea: string;
  whereUsed: string;
}

/** Review scores, 1 to 5 each. */
export interface IdeaScores {
  innovativeness: number;
  socialImpact: number;
  procurementFit: number;
}

export interface IdeaView extends IdeaContent {
  id: string;
  status: IdeaStatus;
  supportCount: number;
  /** The viewer supports it (false when signed out). */
  supportedByMe: boolean;
  mine: boolean;
  /** YYYY-MM, Korea time: the monthly review it belongs to. */
  month: string;
  scores: IdeaScores | null;
  outcome: { route: IdeaRoute | null; reason: string; challengeId: string | null } | null;
  /** The incubation task behind an INCUBATION outcome: its status only, publicly. */
  incubation: { status: IncubationStatus } | null;
  hidden: { reason: string } | null;
  createdAt: string;
  availableActions: IdeaAction[];
}

/** An idea's supports after the caller supported it or withdrew (supporting twice counts once). */
export interface IdeaSupport {
  supportCount: number;
}

export interface IdeaReviewView {
  id: string;
  month: string;
  status: 'OPEN' | 'CLOSED';
  maxSelected: number;
  selectedCount: number;
  ideaCount: number;
  openedAt: string;
  closedAt: string | null;
}

export interface IdeaRules {
  /** Ideas selected at most in one month's review. */
  maxSelectedPerMonth: number;
}

export const DEFAULT_IDEA_RULES: IdeaRules = { maxSelectedPerMonth: 5 };

/**
 * Personal data an idea must not publish: a resident registration number, a phone number, an
 * e-mail address. The web warns before submitting; the API refuses the same.
 */
const PERSONAL_DATA: [RegExp, string, MessageCode][] = [
  [/\b\d{6}\s?-\s?[1-8]\d{6}\b/, 'a resident registration number', 'PERSONAL_DATA_RESIDENT_NUMBER'],
  [/\b01[016789]\s?-?\s?\d{3,4}\s?-?\s?\d{4}\b/, 'a mobile phone number', 'PERSONAL_DATA_PHONE'],
  [/\b0\d{1,2}-\d{3,4}-\d{4}\b/, 'a phone number', 'PERSONAL_DATA_PHONE'],
  [/[\w.+-]+@[\w-]+\.[\w.-]+/, 'an e-mail address', 'PERSONAL_DATA_EMAIL'],
];

/** What personal data `value` seems to hold: the English for API users, the code for the reader's language. */
export function personalDataProblem(field: string, value: string): { message: string; why: Message } | null {
  const found = PERSONAL_DATA.find(([pattern]) => pattern.test(value));
  return found ? { message: `${field} seems to contain ${found[1]}: ideas are public, leave personal data out`, why: { code: found[2] } } : null;
}

// ─── Incubation tasks (a selected idea's "incubation" outcome) ───────────────

export const IncubationStatus = { OPEN: 'OPEN', IN_PROGRESS: 'IN_PROGRESS', DONE: 'DONE', DROPPED: 'DROPPED' } as const;
export type IncubationStatus = (typeof IncubationStatus)[keyof typeof IncubationStatus];

export const IncubationAction = { START: 'start', COMPLETE: 'complete', DROP: 'drop' } as const;
export type IncubationAction = (typeof IncubationAction)[keyof typeof IncubationAction];

/** Operators follow an incubation task to done, or drop it with a reason. */
export const incubationMachine = /* @__PURE__ */ defineStateMachine<IncubationStatus, IncubationAction, ActorRole>('incubation', [
  { action: IncubationAction.START, from: [IncubationStatus.OPEN], to: IncubationStatus.IN_PROGRESS, roles: [Role.OPERATOR] },
  { action: IncubationAction.COMPLETE, from: [IncubationStatus.IN_PROGRESS], to: IncubationStatus.DONE, roles: [Role.OPERATOR] },
  { action: IncubationAction.DROP, from: [IncubationStatus.OPEN, IncubationStatus.IN_PROGRESS], to: IncubationStatus.DROPPED, roles: [Role.OPERATOR] },
]);

/** The moves that end a task: each needs a reason. */
export const INCUBATION_ACTIONS_WITH_REASON: readonly IncubationAction[] = [IncubationAction.COMPLETE, IncubationAction.DROP];

/** Who carries the task: an institution, or a team of operators named by the operator. */
export interface IncubationOwnerInput {
  ownerInstitutionId?: string;
  ownerTeam?: string;
}

export interface IncubationInput extends IncubationOwnerInput {
  goal: string;
  /** YYYY-MM-DD, today or later (Korea time). */
  dueOn: string;
}

export interface IncubationTaskView {
  id: string;
  idea: { id: string; title: string };
  owner: { institution: { id: string; name: string } | null; team: string | null };
  goal: string;
  dueOn: string;
  status: IncubationStatus;
  /** Why it was done or dropped. */
  reason: string | null;
  availableActions: IncubationAction[];
  createdAt: string;
  updatedAt: string;
}
