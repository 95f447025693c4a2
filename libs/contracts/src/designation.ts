import { Role } from './roles';
import { defineStateMachine, type GuardRefusal } from './state-machine';
import { DesignationStatus } from './catalogue';
import { message, textMessage, type Message, type MessageCode, type MessageParams } from './messages';
import type { DesignationRules } from './rules';
import type { Page } from './api';
import { fieldProblem, type FieldProblems, type FieldRule } from './field-rules';

/** Korea time: calls open and close at Korean date-times whatever the server's zone. */
export const KOREA_TIME_ZONE = 'Asia/Seoul';

/** A call takes supplier proposals, institutions' challenges (수요제안), or sealed solutions to one selected challenge. */
export const CallKind = { SUPPLIER_PROPOSAL: 'SUPPLIER_PROPOSAL', CHALLENGE_SOLUTION: 'CHALLENGE_SOLUTION', CALL_FOR_CHALLENGES: 'CALL_FOR_CHALLENGES' } as const;
export type CallKind = (typeof CallKind)[keyof typeof CallKind];

/** Who selects a call for challenges' challenges: the operator alone, or the committee in a session. Chosen when the call opens; public. */
export const ChallengeSelection = { OPERATOR: 'OPERATOR', COMMITTEE: 'COMMITTEE' } as const;
export type ChallengeSelection = (typeof ChallengeSelection)[keyof typeof ChallengeSelection];

export interface Criterion {
  key: string;
  name: string;
  points: number;
}

export interface CriteriaGroup {
  key: string;
  name: string;
  criteria: Criterion[];
  /** Share of the group's points a proposal must reach, e.g. 0.6. */
  passRatio: number;
}

export interface CriteriaSet {
  groups: CriteriaGroup[];
  /** Points out of the total needed overall, e.g. 70. */
  passMark: number;
}

/** The default evaluation criteria (domain.md §3.1): 100 points, 70 overall and 60% of each group. */
export const DEFAULT_CRITERIA: CriteriaSet = {
  passMark: 70,
  groups: [
    {
      key: 'publicValue',
      name: '공공성 (Public and social value)',
      passRatio: 0.6,
      criteria: [
        { key: 'publicIssue', name: '공공 문제 해결 (Public issue)', points: 10 },
        { key: 'publicNeed', name: '공공구매 필요성 (Need for public purchase)', points: 10 },
        { key: 'urgency', name: '시급성 (Urgency)', points: 10 },
        { key: 'citizenEffect', name: '국민 생활 효과 (Effect on citizens’ lives)', points: 10 },
      ],
    },
    {
      key: 'innovation',
      name: '혁신성 (Innovativeness)',
      passRatio: 0.6,
      criteria: [
        { key: 'novelty', name: '새로움 (Novelty)', points: 10 },
        { key: 'superiority', name: '우수성 (Superiority)', points: 10 },
        { key: 'maturity', name: '기술 성숙도 (Technical maturity)', points: 10 },
      ],
    },
    {
      key: 'pilotCapability',
      name: '시범사용 역량 (Pilot-use capability)',
      passRatio: 0.6,
      criteria: [{ key: 'pilotCapability', name: '시범사용 역량 (Pilot-use capability)', points: 30 }],
    },
  ],
};

export const criteriaTotal = (set: CriteriaSet) => set.groups.reduce((sum, g) => sum + g.criteria.reduce((s, c) => s + c.points, 0), 0);

export const ProposalStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  SUPPLEMENT_REQUESTED: 'SUPPLEMENT_REQUESTED',
  SCREENING: 'SCREENING',
  EVALUATION: 'EVALUATION',
  COMMITTEE_REVIEW: 'COMMITTEE_REVIEW',
  DESIGNATED: 'DESIGNATED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type ProposalStatus = (typeof ProposalStatus)[keyof typeof ProposalStatus];

export const ProposalAction = {
  SUBMIT: 'submit',
  START_SCREENING: 'start-screening',
  REQUEST_SUPPLEMENT: 'request-supplement',
  SUPPLEMENT: 'supplement',
  LAPSE_SUPPLEMENT: 'lapse-supplement',
  PASS_SCREENING: 'pass-screening',
  /** The platform's move at submission for a company a demo day recommended (domain.md §3.4). */
  WAIVE_SCREENING: 'waive-screening',
  FAIL_SCREENING: 'fail-screening',
  SCHEDULE: 'schedule',
  DESIGNATE: 'designate',
  REJECT: 'reject',
  WITHDRAW: 'withdraw',
} as const;
export type ProposalAction = (typeof ProposalAction)[keyof typeof ProposalAction];

/** Who acts when the platform itself moves a record (a committee decision, a lapsed deadline). */
export const SYSTEM_ROLE = 'SYSTEM' as const;
export type ActorRole = Role | typeof SYSTEM_ROLE;

export interface ProposalContext {
  /** The call accepts submissions now. */
  callOpen: boolean;
  /** The supplement deadline has not passed. */
  beforeSupplementDeadline: boolean;
  /** A solution to a challenge whose call has not closed: no one may read it yet, so no one screens it. */
  sealed?: boolean;
}

const unsealed = (c: ProposalContext): GuardRefusal | null => (c.sealed ? { code: 'SOLUTIONS_SEALED', text: 'Solutions are sealed until the solution call closes' } : null);

/**
 * DRAFT → SUBMITTED → (SUPPLEMENT_REQUESTED → SUBMITTED) → SCREENING → EVALUATION →
 * COMMITTEE_REVIEW → DESIGNATED | REJECTED; withdrawn by the supplier before evaluation.
 */
export const proposalMachine = /* @__PURE__ */ defineStateMachine<ProposalStatus, ProposalAction, ActorRole, ProposalContext>('proposal', [
  {
    action: ProposalAction.SUBMIT,
    from: [ProposalStatus.DRAFT],
    to: ProposalStatus.SUBMITTED,
    roles: [Role.SUPPLIER],
    guard: (c) => (c.callOpen ? null : { code: 'CALL_NOT_OPEN', text: 'The call is not open: proposals are accepted only between its opening and closing times' }),
  },
  { action: ProposalAction.START_SCREENING, from: [ProposalStatus.SUBMITTED], to: ProposalStatus.SCREENING, roles: [Role.OPERATOR], guard: unsealed },
  {
    action: ProposalAction.REQUEST_SUPPLEMENT,
    from: [ProposalStatus.SUBMITTED, ProposalStatus.SCREENING],
    to: ProposalStatus.SUPPLEMENT_REQUESTED,
    roles: [Role.OPERATOR],
    guard: unsealed,
  },
  {
    action: ProposalAction.SUPPLEMENT,
    from: [ProposalStatus.SUPPLEMENT_REQUESTED],
    to: ProposalStatus.SUBMITTED,
    roles: [Role.SUPPLIER],
    guard: (c) => (c.beforeSupplementDeadline ? null : { code: 'SUPPLEMENT_LAPSED', text: 'The supplement deadline has passed: the proposal stays as it was submitted' }),
  },
  {
    action: ProposalAction.LAPSE_SUPPLEMENT,
    from: [ProposalStatus.SUPPLEMENT_REQUESTED],
    to: ProposalStatus.SUBMITTED,
    roles: [Role.OPERATOR, SYSTEM_ROLE],
    guard: (c) => (c.beforeSupplementDeadline ? { code: 'SUPPLEMENT_DEADLINE_NOT_PASSED', text: 'The supplement deadline has not passed yet' } : null),
  },
  { action: ProposalAction.PASS_SCREENING, from: [ProposalStatus.SCREENING], to: ProposalStatus.EVALUATION, roles: [Role.OPERATOR] },
  { action: ProposalAction.WAIVE_SCREENING, from: [ProposalStatus.SUBMITTED], to: ProposalStatus.EVALUATION, roles: [SYSTEM_ROLE] },
  { action: ProposalAction.FAIL_SCREENING, from: [ProposalStatus.SCREENING], to: ProposalStatus.REJECTED, roles: [Role.OPERATOR] },
  { action: ProposalAction.SCHEDULE, from: [ProposalStatus.EVALUATION], to: ProposalStatus.COMMITTEE_REVIEW, roles: [Role.OPERATOR] },
  { action: ProposalAction.DESIGNATE, from: [ProposalStatus.COMMITTEE_REVIEW], to: ProposalStatus.DESIGNATED, roles: [SYSTEM_ROLE] },
  { action: ProposalAction.REJECT, from: [ProposalStatus.COMMITTEE_REVIEW], to: ProposalStatus.REJECTED, roles: [SYSTEM_ROLE] },
  {
    action: ProposalAction.WITHDRAW,
    from: [ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.SUPPLEMENT_REQUESTED, ProposalStatus.SCREENING],
    to: ProposalStatus.WITHDRAWN,
    roles: [Role.SUPPLIER],
  },
]);

export const DesignationAction = {
  EXTEND: 'extend',
  SUSPEND: 'suspend',
  REINSTATE: 'reinstate',
  REVOKE: 'revoke',
  EXPIRE: 'expire',
} as const;
export type DesignationAction = (typeof DesignationAction)[keyof typeof DesignationAction];

/** A designated product's life: DESIGNATED → (EXTENDED) → EXPIRED | REVOKED, SUSPENDED and reinstated. */
export const designationMachine = /* @__PURE__ */ defineStateMachine<DesignationStatus, DesignationAction, ActorRole>('designation', [
  { action: DesignationAction.EXTEND, from: [DesignationStatus.DESIGNATED, DesignationStatus.EXTENDED], to: DesignationStatus.EXTENDED, roles: [Role.OPERATOR] },
  { action: DesignationAction.SUSPEND, from: [DesignationStatus.DESIGNATED, DesignationStatus.EXTENDED], to: DesignationStatus.SUSPENDED, roles: [Role.OPERATOR] },
  // The status a suspension interrupted is restored; `to` names the usual case.
  { action: DesignationAction.REINSTATE, from: [DesignationStatus.SUSPENDED], to: DesignationStatus.DESIGNATED, roles: [Role.OPERATOR] },
  {
    action: DesignationAction.REVOKE,
    from: [DesignationStatus.DESIGNATED, DesignationStatus.EXTENDED, DesignationStatus.SUSPENDED],
    to: DesignationStatus.REVOKED,
    roles: [Role.OPERATOR],
  },
  { action: DesignationAction.EXPIRE, from: [DesignationStatus.DESIGNATED, DesignationStatus.EXTENDED], to: DesignationStatus.EXPIRED, roles: [SYSTEM_ROLE] },
]);

export const ExtensionBasis = {
  PUBLIC_SALES: 'PUBLIC_SALES',
  SALES_CONTRACT: 'SALES_CONTRACT',
  AWARD: 'AWARD',
  COMMITTEE_RECOGNITION: 'COMMITTEE_RECOGNITION',
} as const;
export type ExtensionBasis = (typeof ExtensionBasis)[keyof typeof ExtensionBasis];

export interface RuleResult {
  rule: string;
  passed: boolean;
  /** Why, in English (for API users); `code` and `params` word it in the reader's language. */
  reason: string;
  code: MessageCode;
  params?: MessageParams;
}

/** A rule's outcome as a message (a rule stored before rules carried codes gives its English text). */
export const ruleMessage = (rule: Pick<RuleResult, 'reason' | 'code' | 'params'>): Message =>
  rule.code ? message(rule.code, rule.params) : textMessage(rule.reason);

export interface ScreeningItem {
  key: 'areaFit' | 'novelApproach' | 'trl' | 'safety' | 'regulatoryExposure';
  passed: boolean;
  reason: string;
}

export const SCREENING_CHECKLIST: ScreeningItem['key'][] = ['areaFit', 'novelApproach', 'trl', 'safety', 'regulatoryExposure'];

/** Member scores kept for the minutes: no names, only the numbers. */
export interface ScoreSheet {
  /** Criterion key → points given. */
  points: Record<string, number>;
  comments: Record<string, string>;
}

/** How a present member voted on an item after scoring (when the call asks for a vote). */
export const VoteChoice = { FOR: 'FOR', AGAINST: 'AGAINST', ABSTAIN: 'ABSTAIN' } as const;
export type VoteChoice = (typeof VoteChoice)[keyof typeof VoteChoice];

/** A vote's count, published without names. */
export interface VoteCount {
  for: number;
  against: number;
  abstain: number;
}

export interface ItemDecision {
  scoredBy: number;
  /** Members not recused from the item. */
  eligibleMembers: number;
  /** Members present at the session and not recused: quorum is a majority of eligibleMembers. */
  present: number;
  totals: number[];
  /** Mean of totals (highest and lowest dropped first from the call's trimming threshold), shown cut to 2 decimals. */
  aggregate: number;
  groupAggregates: Record<string, number>;
  /** The vote of those present, when the call asks for one; it passes with a majority of `present`. */
  votes: VoteCount | null;
  passed: boolean;
  reasons: string[];
  /** `reasons` as codes and params, one for one (absent on decisions stored before they were coded). */
  reasonMessages?: Message[];
}

/** The pass ratio of a group as a whole percent (0.55 → 55): pass marks are compared exactly on it. */
export const passPercent = (group: Pick<CriteriaGroup, 'passRatio'>) => Math.round(group.passRatio * 100);

/**
 * Checks a criteria set's numbers: whole points, a whole-point pass mark within the total, group
 * pass ratios in whole percents (so a mark like 55% of 50 = 27.5 is compared exactly). Field → messages.
 */
export function criteriaProblems(set: CriteriaSet, prefix = 'criteria.'): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (!Number.isInteger(set.passMark)) problems[`${prefix}passMark`] = ['passMark must be a whole number of points'];
  else if (set.passMark > criteriaTotal(set)) problems[`${prefix}passMark`] = [`passMark cannot exceed the ${criteriaTotal(set)} points available`];
  set.groups.forEach((group, g) => {
    if (Math.abs(group.passRatio * 100 - passPercent(group)) > 1e-9) problems[`${prefix}groups.${g}.passRatio`] = ['passRatio must be a whole percent (e.g. 0.55)'];
  });
  return problems;
}

/** A comment on each criterion of a score sheet. */
export const SCORE_COMMENT_RULE = { kind: 'text', max: 2000 } as const satisfies FieldRule;

/** A criterion's points: a whole number from 0 to the criterion's points. */
export const scorePointsRule = (criterion: Pick<Criterion, 'points'>): Extract<FieldRule, { kind: 'integer' }> => ({ kind: 'integer', min: 0, max: criterion.points });

/** A member's sheet against the item's criteria: each criterion a whole number within its points, with a comment. */
export function scoreSheetProblems(criteria: CriteriaSet, sheet: ScoreSheet): FieldProblems {
  const problems: FieldProblems = {};
  const all = criteria.groups.flatMap((g) => g.criteria);
  for (const criterion of all) {
    const points = fieldProblem(scorePointsRule(criterion), sheet.points[criterion.key]);
    if (points) problems[`points.${criterion.key}`] = [points];
    const comment = fieldProblem(SCORE_COMMENT_RULE, sheet.comments[criterion.key]);
    if (comment) problems[`comments.${criterion.key}`] = [comment];
  }
  for (const [kind, values] of [['points', sheet.points], ['comments', sheet.comments]] as const) {
    for (const key of Object.keys(values)) {
      if (!all.some((c) => c.key === key)) problems[`${kind}.${key}`] = [{ code: 'FIELD_NOT_ACCEPTED' }];
    }
  }
  return problems;
}

/** The values the mean is taken over: from `minSheets` values on, the highest and the lowest are dropped. */
function keptValues(values: number[], minSheets: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length >= minSheets ? sorted.slice(1, -1) : sorted;
}

/** An exact mean of whole numbers, sum over count; compared as integers, cut to 2 decimals only for display. */
interface Mean {
  sum: number;
  count: number;
}

const meanOf = (values: number[], minSheets: number): Mean => {
  const kept = keptValues(values, minSheets);
  return { sum: kept.reduce((s, v) => s + v, 0), count: kept.length };
};

/** mean ≥ numerator / denominator, in integers: sum × denominator ≥ numerator × count. */
const reaches = (mean: Mean, numerator: number, denominator = 1) => mean.sum * denominator >= numerator * mean.count;

/**
 * Cut (not rounded) to 2 decimals: a mean under a mark never shows as the mark, and one at or over
 * it never shows under it (marks are whole points, or a whole percent of whole points).
 */
function display(mean: Mean): number {
  if (mean.count === 0) return 0;
  const hundredths = mean.sum * 100;
  return (hundredths - (hundredths % mean.count)) / mean.count / 100;
}

/**
 * The committee's arithmetic (domain.md §3.6): the mean of the values, dropping the highest and
 * the lowest first when there are `minSheets` (the call's trimming threshold, 5 by default) or more.
 */
export function trimmedMean(values: number[], minSheets: number): number {
  return display(meanOf(values, minSheets));
}

export interface ItemTally {
  /** Non-recused members, and those of them present. */
  eligibleMembers: number;
  present: number;
  /** The call's trimming threshold. */
  trimmedMeanMinSheets: number;
  /** The vote, when the call asks for one. */
  votes: VoteCount | null;
}

/**
 * Decides an agenda item from its score sheets, on the overall and per-group pass marks compared
 * exactly, and on the vote of those present when there is one (a majority of them in favour).
 */
export function decideItem(criteria: CriteriaSet, sheets: ScoreSheet[], tally: ItemTally): ItemDecision {
  const totals = sheets.map((s) => Object.values(s.points).reduce((a, b) => a + b, 0));
  const overall = meanOf(totals, tally.trimmedMeanMinSheets);
  const aggregate = display(overall);
  const groupAggregates: Record<string, number> = {};
  const reasons: string[] = [];
  const reasonMessages: Message[] = [];
  for (const group of criteria.groups) {
    const subtotals = sheets.map((s) => group.criteria.reduce((sum, c) => sum + (s.points[c.key] ?? 0), 0));
    const max = group.criteria.reduce((s, c) => s + c.points, 0);
    const mean = meanOf(subtotals, tally.trimmedMeanMinSheets);
    groupAggregates[group.key] = display(mean);
    // mean ≥ percent% × max  ⇔  100 × sum ≥ percent × max × count
    if (!reaches(mean, passPercent(group) * max, 100)) {
      reasons.push(`${group.name}: ${groupAggregates[group.key]} of ${max}, below ${passPercent(group)}%`);
      reasonMessages.push(message('GROUP_BELOW_PASS', { group: group.name, score: groupAggregates[group.key], max, percent: passPercent(group) }));
    }
  }
  if (!reaches(overall, criteria.passMark)) {
    reasons.push(`Overall ${aggregate} of ${criteriaTotal(criteria)}, below the pass mark ${criteria.passMark}`);
    reasonMessages.push(message('OVERALL_BELOW_PASS', { aggregate, total: criteriaTotal(criteria), passMark: criteria.passMark }));
  }
  if (tally.votes && tally.votes.for * 2 <= tally.present) {
    reasons.push(`The committee's vote: ${tally.votes.for} of ${tally.present} present in favour, not a majority`);
    reasonMessages.push(message('VOTE_NOT_MAJORITY', { for: tally.votes.for, present: tally.present }));
  }
  return {
    scoredBy: sheets.length,
    eligibleMembers: tally.eligibleMembers,
    present: tally.present,
    totals,
    aggregate,
    groupAggregates,
    votes: tally.votes,
    passed: reasons.length === 0,
    reasons,
    reasonMessages,
  };
}


export type CallPhase = 'UPCOMING' | 'OPEN' | 'CLOSED';

export interface CallInput {
  title: string;
  kind: CallKind;
  description: string;
  /** Category codes the call is open to (its sub-areas). */
  subAreas: string[];
  /** ISO date-times; shown and entered in Korea time. */
  opensAt: string;
  closesAt: string;
  /** Copied from the rule settings when the call is opened, unless the call sets its own. */
  rules?: DesignationRules;
  /** Defaults to DEFAULT_CRITERIA. */
  criteria?: CriteriaSet;
  /** A call for challenges only: who selects them (defaults to the operator). */
  challengeSelection?: ChallengeSelection;
}

export interface CallView extends Required<Omit<CallInput, 'challengeSelection'>> {
  id: string;
  /** Who selects the challenges of a call for challenges; null for other calls. */
  challengeSelection: ChallengeSelection | null;
  phase: CallPhase;
  createdAt: string;
}

export interface ProposalContent {
  /** What is new, and why it beats what exists. */
  innovation: string;
  publicValue: string;
  trl: number;
  patents: { number: string; title: string; expiresOn: string }[];
  pilotPlan: string;
  /** Documents picked from the company's locker. */
  documentIds: string[];
}

/** A product whose designation is in force (or only suspended) is extended, not proposed again. */
export const DESIGNATION_HELD_STATUSES: readonly DesignationStatus[] = [DesignationStatus.DESIGNATED, DesignationStatus.EXTENDED, DesignationStatus.SUSPENDED];

/**
 * Whether a product's status lets it be proposed for designation: none in force, never revoked (the
 * API's `notAlreadyDesignated` and `notRevoked` rules; the years ceiling is checked on submit). The wizard offers only these.
 */
export function canBeProposed(status: DesignationStatus): boolean {
  return !DESIGNATION_HELD_STATUSES.includes(status) && status !== DesignationStatus.REVOKED;
}

/** What meets "a valid patent or certificate" (the `patentOrLicence` rule). */
export type PatentOrLicenceEvidence =
  | { kind: 'patent'; number: string; expiresOn: string }
  | { kind: 'locker'; title: string; expiresOn: string | null }
  | { kind: 'certification'; name: string };

/**
 * The first evidence found: a patent of the proposal not expired by `today` (a Korean YYYY-MM-DD),
 * a patent or certificate from the locker not expired, or a certification recorded on the product.
 */
export function patentOrLicenceEvidence(
  { patents, lockerDocuments, productCertifications }: {
    patents: readonly { number: string; expiresOn: string }[];
    lockerDocuments: readonly { title: string; expiresOn: string | null }[];
    productCertifications: readonly string[];
  },
  today: string,
): PatentOrLicenceEvidence | null {
  const patent = patents.find((p) => p.expiresOn >= today);
  if (patent) return { kind: 'patent', number: patent.number, expiresOn: patent.expiresOn };
  const document = lockerDocuments.find((d) => !d.expiresOn || d.expiresOn >= today);
  if (document) return { kind: 'locker', title: document.title, expiresOn: document.expiresOn };
  const certification = productCertifications.find((name) => name.trim() !== '');
  return certification ? { kind: 'certification', name: certification } : null;
}

export interface ProposalInput extends Partial<ProposalContent> {
  callId: string;
  productId: string;
  subArea: string;
}

export type ProposalUpdate = Partial<ProposalContent> & { subArea?: string };

export interface ProposalView {
  id: string;
  call: { id: string; title: string; closesAt: string; phase: CallPhase };
  product: { id: string; nameKo: string; nameEn: string };
  company: { id: string; name: string };
  subArea: string;
  status: ProposalStatus;
  content: ProposalContent;
  /** Edits made while a supplement is requested; they apply when the supplement is submitted. */
  supplementDraft: Partial<ProposalContent> | null;
  supplementRequest: { message: string; deadline: string } | null;
  screening: ScreeningItem[] | null;
  /** Screening was skipped: the company was recommended at a demo day (domain.md §3.4). */
  screeningWaived: boolean;
  decision: ItemDecision | null;
  submittedAt: string | null;
  /** What the viewer may do now (from proposalMachine). */
  availableActions: ProposalAction[];
  createdAt: string;
  updatedAt: string;
}

export interface RoomView {
  id: string;
  name: string;
  capacity: number;
  hasVideo: boolean;
}

export interface SessionInput {
  title: string;
  startsAt: string;
  endsAt: string;
  roomId?: string;
  onlineUrl?: string;
  memberIds: string[];
  chairId: string;
}

export type AgendaItemStatus = 'OPEN' | 'CLOSED';
export type Declaration = 'NONE' | 'CONFLICT';

/** Where a member attends the session from, as the chair records it when opening the session. */
export const Presence = { ROOM: 'ROOM', ONLINE: 'ONLINE', ABSENT: 'ABSENT' } as const;
export type Presence = (typeof Presence)[keyof typeof Presence];

export interface AttendanceInput {
  attendance: { memberId: string; presence: Presence }[];
}

/** What an agenda item evaluates: a supplier's proposal (or a challenge's solution), or an institution's challenge to select. */
export type AgendaSubject = 'PROPOSAL' | 'CHALLENGE';

export interface AgendaItemView {
  id: string;
  subject: AgendaSubject;
  /** One of the two, by `subject`. */
  proposalId: string | null;
  challengeId: string | null;
  /** A proposal's product and company; a challenge's title and institution. */
  productName: string;
  companyName: string;
  /** A proposal's sub-area; a challenge's field. */
  subArea: string;
  status: AgendaItemStatus;
  criteria: CriteriaSet;
  /** True once a score is cast: criteria and pass marks can no longer change. */
  frozen: boolean;
  /** The call asks the members present to vote on the item after scoring. */
  voteRequired: boolean;
  /** The viewer's own declaration, score and vote (members only). */
  myDeclaration: Declaration | null;
  myScore: ScoreSheet | null;
  myVote: VoteChoice | null;
  /** Counts only, never the scores or votes: how many scored and voted, how many may (not recused), how many of those are present. */
  scoredCount: number;
  votedCount: number;
  eligibleCount: number;
  presentCount: number;
  decision: ItemDecision | null;
}

export interface SessionView {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  /** The session's date in Korea (YYYY-MM-DD): it opens, and items are scored and closed, from this day. */
  meetingDate: string;
  room: RoomView | null;
  onlineUrl: string | null;
  chairId: string;
  /** When the chair opened the session and recorded attendance; null before. */
  openedAt: string | null;
  members: { userId: string; name: string; isChair: boolean; presence: Presence | null }[];
  items: AgendaItemView[];
}

export interface MinutesView {
  sessionId: string;
  title: string;
  startsAt: string;
  place: string;
  attendance: { name: string; presence: Presence | null; scoredItems: number }[];
  recusals: { productName: string; memberName: string }[];
  items: {
    subject: AgendaSubject;
    /** A proposal's product and company; a challenge's title and institution. */
    productName: string;
    companyName: string;
    aggregate: number;
    passed: boolean;
    reasons: string[];
    reasonMessages: Message[];
    totals: number[];
    present: number;
    votes: VoteCount | null;
    closedAt: string;
  }[];
}

export const DecisionKind = {
  DESIGNATION: 'DESIGNATION',
  REJECTION: 'REJECTION',
  EXTENSION: 'EXTENSION',
  EXTENSION_REFUSED: 'EXTENSION_REFUSED',
  SUSPENSION: 'SUSPENSION',
  REINSTATEMENT: 'REINSTATEMENT',
  REVOCATION: 'REVOCATION',
  EXPIRY: 'EXPIRY',
  /** A supplier sanctioned (e.g. debarred): no proposals, extensions or pilot matching meanwhile. */
  SANCTION: 'SANCTION',
  SANCTION_LIFTED: 'SANCTION_LIFTED',
} as const;
export type DecisionKind = (typeof DecisionKind)[keyof typeof DecisionKind];

export interface DecisionView {
  id: string;
  kind: DecisionKind;
  /** Null for a decision about a company (a sanction). */
  productId: string | null;
  productName: string | null;
  companyId: string;
  companyName: string;
  /** In English, for API users; `reasonMessages` words them in the reader's language. */
  reasons: string[];
  reasonMessages: Message[];
  decidedAt: string;
}

export interface ExtensionRequestInput {
  basis: ExtensionBasis;
  evidence: string;
}

export interface ExtensionRequestView {
  id: string;
  productId: string;
  basis: ExtensionBasis;
  evidence: string;
  status: 'PENDING' | 'APPROVED' | 'REFUSED';
  /** Each rule with pass or fail and why. */
  rules: RuleResult[];
  years: number | null;
  decidedReason: string | null;
  createdAt: string;
}

export interface NotificationView {
  id: string;
  /** In English, for API users; the web words `titleMessage` and `bodyMessage` when it shows them. */
  title: string;
  body: string;
  titleMessage: Message;
  bodyMessage: Message;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** A page of the caller's notifications, with how many are unread in all. */
export interface NotificationPage extends Page<NotificationView> {
  unread: number;
}

/** A product's designation after an operator suspended, reinstated or revoked it. */
export interface DesignationChange {
  id: string;
  status: DesignationStatus;
  validUntil: string | null;
}

/**
 * The years the next extension adds: the step for the current stage, cut to what the ceiling leaves
 * (years already held over every designation of the product); null when none is left.
 */
export function nextExtensionYears(terms: { extensionYears: number[]; maxTotalYears: number }, stage: number, yearsHeld: number): number | null {
  const step = terms.extensionYears[stage];
  if (step === undefined) return null;
  const years = Math.min(step, terms.maxTotalYears - yearsHeld);
  return years > 0 ? years : null;
}

/** A sanction on a company (부정당업자 제재 등): a period, why, and on what legal basis. */
export interface SanctionInput {
  /** First day (Korean date), today or earlier: a sanction is recorded once it takes effect. */
  startsOn: string;
  /** Length in months, counted as the Civil Act counts (periodEnd). */
  months: number;
  reason: string;
  legalBasis: string;
}

export interface SanctionView {
  id: string;
  companyId: string;
  startsOn: string;
  /** Last day of the sanction as imposed. */
  endsOn: string;
  reason: string;
  legalBasis: string;
  imposedBy: string | null;
  imposedAt: string;
  /** Set when an operator lifted it early: the company is free from that day. */
  liftedOn: string | null;
  liftedReason: string | null;
  liftedBy: string | null;
  /** In force today (Korea time). */
  inForce: boolean;
}

export const SANCTION_MAX_MONTHS = 24;
export const SANCTION_REASON_MIN = 5;
export const SANCTION_LEGAL_BASIS_MIN = 3;
