import type { Message, MessageCode, MessageParams } from './messages';
import { fieldProblem, ruleProblems, type FieldProblems, type FieldRule, type FieldRules } from './field-rules';
import { PRICE_MAX_KRW } from './catalogue';
import { Role } from './roles';
import { defineStateMachine } from './state-machine';

/** Defaults from domain.md §3.5; every plan may set its own. */
export const PILOT_DEFAULTS = {
  maxInstitutionsPerProduct: 5,
  maxAmountPerProduct: 300_000_000,
  maxUsePeriodMonths: 12,
  /** A product piloted once before is excluded unless that pilot cost at most this. */
  repeatPilotThreshold: 50_000_000,
} as const;

export const PilotStatus = {
  APPLIED: 'APPLIED',
  MATCHED: 'MATCHED',
  NOT_MATCHED: 'NOT_MATCHED',
  CONTRACTED: 'CONTRACTED',
  DELIVERED: 'DELIVERED',
  IN_USE: 'IN_USE',
  RESULT_REPORTED: 'RESULT_REPORTED',
  SUCCESS: 'SUCCESS',
  INSUFFICIENT: 'INSUFFICIENT',
  CORRECTIVE_ACTION_DONE: 'CORRECTIVE_ACTION_DONE',
  CORRECTIVE_ACTION_REFUSED: 'CORRECTIVE_ACTION_REFUSED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type PilotStatus = (typeof PilotStatus)[keyof typeof PilotStatus];

export const PilotAction = {
  MATCH: 'match',
  DECLINE: 'decline',
  WITHDRAW: 'withdraw',
  CONTRACT: 'contract',
  DELIVER: 'deliver',
  START_USE: 'start-use',
  REPORT: 'report',
  JUDGE_SUCCESS: 'judge-success',
  JUDGE_INSUFFICIENT: 'judge-insufficient',
  COMPLETE_CORRECTIVE_ACTION: 'complete-corrective-action',
  REFUSE_CORRECTIVE_ACTION: 'refuse-corrective-action',
} as const;
export type PilotAction = (typeof PilotAction)[keyof typeof PilotAction];

/**
 * An institution's application through its pilot:
 * APPLIED → MATCHED | NOT_MATCHED; MATCHED → CONTRACTED → DELIVERED → IN_USE → RESULT_REPORTED →
 * SUCCESS | INSUFFICIENT → CORRECTIVE_ACTION_DONE | CORRECTIVE_ACTION_REFUSED.
 * The buyer's and supplier's moves are checked for ownership too (their institution, their company).
 */
export const pilotMachine = /* @__PURE__ */ defineStateMachine<PilotStatus, PilotAction, Role>('pilot', [
  { action: PilotAction.MATCH, from: [PilotStatus.APPLIED], to: PilotStatus.MATCHED, roles: [Role.OPERATOR] },
  { action: PilotAction.DECLINE, from: [PilotStatus.APPLIED, PilotStatus.MATCHED], to: PilotStatus.NOT_MATCHED, roles: [Role.OPERATOR] },
  { action: PilotAction.WITHDRAW, from: [PilotStatus.APPLIED], to: PilotStatus.WITHDRAWN, roles: [Role.BUYER] },
  { action: PilotAction.CONTRACT, from: [PilotStatus.MATCHED], to: PilotStatus.CONTRACTED, roles: [Role.BUYER] },
  { action: PilotAction.DELIVER, from: [PilotStatus.CONTRACTED], to: PilotStatus.DELIVERED, roles: [Role.SUPPLIER] },
  { action: PilotAction.START_USE, from: [PilotStatus.DELIVERED], to: PilotStatus.IN_USE, roles: [Role.BUYER] },
  { action: PilotAction.REPORT, from: [PilotStatus.IN_USE], to: PilotStatus.RESULT_REPORTED, roles: [Role.BUYER] },
  { action: PilotAction.JUDGE_SUCCESS, from: [PilotStatus.RESULT_REPORTED], to: PilotStatus.SUCCESS, roles: [Role.OPERATOR] },
  { action: PilotAction.JUDGE_INSUFFICIENT, from: [PilotStatus.RESULT_REPORTED], to: PilotStatus.INSUFFICIENT, roles: [Role.OPERATOR] },
  { action: PilotAction.COMPLETE_CORRECTIVE_ACTION, from: [PilotStatus.INSUFFICIENT], to: PilotStatus.CORRECTIVE_ACTION_DONE, roles: [Role.OPERATOR] },
  { action: PilotAction.REFUSE_CORRECTIVE_ACTION, from: [PilotStatus.INSUFFICIENT], to: PilotStatus.CORRECTIVE_ACTION_REFUSED, roles: [Role.OPERATOR, Role.SUPPLIER] },
]);

/** Statuses that hold a share of the plan's budget and of the product's caps. */
export const PILOT_HOLDING_STATUSES: readonly PilotStatus[] = [
  PilotStatus.MATCHED,
  PilotStatus.CONTRACTED,
  PilotStatus.DELIVERED,
  PilotStatus.IN_USE,
  PilotStatus.RESULT_REPORTED,
  PilotStatus.SUCCESS,
  PilotStatus.INSUFFICIENT,
  PilotStatus.CORRECTIVE_ACTION_DONE,
  PilotStatus.CORRECTIVE_ACTION_REFUSED,
];

/** Statuses by which a product counts as pilot-purchased (the institution signed for it). */
export const PILOT_CONTRACTED_STATUSES: readonly PilotStatus[] = PILOT_HOLDING_STATUSES.filter((s) => s !== PilotStatus.MATCHED);

/** The 10 result indicators (domain.md §3.5), each scored 1 to 5. */
export const PILOT_INDICATORS = [
  'operability',
  'convenience',
  'quality',
  'price',
  'innovativeness',
  'safety',
  'durability',
  'afterSalesSupport',
  'delivery',
  'overallSatisfaction',
] as const;
export type PilotIndicator = (typeof PILOT_INDICATORS)[number];

export interface PilotPlanInput {
  year: number;
  title: string;
  /** KRW. */
  budget: number;
  surveyOpensAt: string;
  surveyClosesAt: string;
  maxInstitutionsPerProduct?: number;
  maxAmountPerProduct?: number;
  maxUsePeriodMonths?: number;
  /** KRW; copied from the rule settings unless the plan sets its own. */
  repeatPilotThreshold?: number;
  /** Designated products offered; omitted means every product designated when the plan is made. */
  productIds?: string[];
}

export interface PilotPlanView {
  id: string;
  year: number;
  title: string;
  budget: number;
  matchedAmount: number;
  surveyOpensAt: string;
  surveyClosesAt: string;
  surveyOpen: boolean;
  maxInstitutionsPerProduct: number;
  maxAmountPerProduct: number;
  maxUsePeriodMonths: number;
  repeatPilotThreshold: number;
  published: boolean;
  createdAt: string;
}

export interface PlanProductView {
  productId: string;
  nameKo: string;
  nameEn: string;
  companyName: string;
  categoryCode: string;
  askingPrice: number;
  eligible: boolean;
  /** Why the product is excluded, when it is (English, for API users). */
  exclusion: string | null;
  /** The same as the reader is told it. */
  exclusionMessage: Message | null;
  usePlan: PilotUsePlan | null;
  matchedInstitutions: number;
  matchedAmount: number;
}

export interface PilotUsePlan {
  /** What the institution gets: units, accessories, software. */
  offering: string;
  installation: string;
  training: string;
  support: string;
}

/** A product's pilot-use plan as saved for a plan. */
export interface SavedUsePlan {
  planId: string;
  productId: string;
  usePlan: PilotUsePlan;
}

/** One application's published outcome (after the operator publishes the plan's results). */
export interface PlanResultRow {
  productName: string;
  companyName: string;
  institutionName: string;
  amount: number;
  matched: boolean;
  /** In English, for API users; `reasonMessage` is what the page words. */
  reason: string | null;
  reasonMessage: Message | null;
}

export interface PilotApplicationInput {
  planId: string;
  productId: string;
  quantity: number;
  /** KRW. */
  amount: number;
  intendedUse: string;
  place: string;
  usePeriodMonths: number;
  followOnPlanned: boolean;
  followOnBudgeted: boolean;
  followOnAmount?: number;
  /** Why the institution needs it: weighs in the ranking after follow-on and amount. */
  need: string;
}

/** A plan's numbers and title, the API's DTO and the operator's form alike (see field-rules.ts). */
export const PILOT_PLAN_RULES = {
  year: { kind: 'integer', min: 2020, max: 2100 },
  title: { kind: 'text', min: 2, max: 200 },
  budget: { kind: 'integer', min: 1, max: PRICE_MAX_KRW * 10, won: true },
  maxInstitutionsPerProduct: { kind: 'integer', min: 1, max: 100, optional: true },
  maxAmountPerProduct: { kind: 'integer', min: 1, max: PRICE_MAX_KRW, won: true, optional: true },
  maxUsePeriodMonths: { kind: 'integer', min: 1, max: 36, optional: true },
  repeatPilotThreshold: { kind: 'integer', min: 0, max: PRICE_MAX_KRW, won: true, optional: true },
} as const satisfies FieldRules<Exclude<keyof PilotPlanInput, 'surveyOpensAt' | 'surveyClosesAt' | 'productIds'>>;

/** An application's fields, the API's DTO and the form's alike (see field-rules.ts). */
export const PILOT_APPLICATION_RULES = {
  quantity: { kind: 'integer', min: 1, max: 100_000 },
  amount: { kind: 'integer', min: 1, max: PRICE_MAX_KRW, won: true },
  intendedUse: { kind: 'text', min: 5, max: 5000 },
  place: { kind: 'text', min: 2, max: 300 },
  /** At most the longest use period any plan may set; the plan's own is checked with the plan. */
  usePeriodMonths: { kind: 'integer', min: 1, max: PILOT_PLAN_RULES.maxUsePeriodMonths.max },
  followOnPlanned: { kind: 'boolean' },
  followOnBudgeted: { kind: 'boolean', onlyWith: { field: 'followOnPlanned', code: 'FOLLOW_ON_NOT_PLANNED' } },
  followOnAmount: { kind: 'integer', min: 1, max: PRICE_MAX_KRW, won: true, requiredWith: { field: 'followOnBudgeted', code: 'FOLLOW_ON_AMOUNT_REQUIRED' } },
  need: { kind: 'text', min: 5, max: 5000 },
} as const satisfies FieldRules<Exclude<keyof PilotApplicationInput, 'planId' | 'productId'>>;

/**
 * What an application must meet of its plan before any other application counts: an amount one
 * product could never be matched for (the plan's cap per product) and a use period over the plan's.
 */
export function pilotApplicationPlanProblems(
  input: Pick<PilotApplicationInput, 'amount' | 'usePeriodMonths'>,
  plan: { maxAmountPerProduct: number; maxUsePeriodMonths: number },
): FieldProblems {
  const problems: FieldProblems = {};
  if (input.amount > plan.maxAmountPerProduct) problems.amount = [{ code: 'AMOUNT_OVER_PRODUCT_CAP', params: { max: plan.maxAmountPerProduct } }];
  if (input.usePeriodMonths > plan.maxUsePeriodMonths) problems.usePeriodMonths = [{ code: 'USE_PERIOD_OVER_PLAN', params: { max: plan.maxUsePeriodMonths } }];
  return problems;
}

/** The whole application: each field by its rule, then (where those hold) the plan's limits. */
export function pilotApplicationProblems(
  input: Omit<PilotApplicationInput, 'planId' | 'productId'>,
  plan: { maxAmountPerProduct: number; maxUsePeriodMonths: number },
): FieldProblems {
  const problems = ruleProblems(PILOT_APPLICATION_RULES, input);
  for (const [field, messages] of Object.entries(pilotApplicationPlanProblems(input, plan))) problems[field] ??= messages;
  return problems;
}

/**
 * The result report tells how the product served through the use period (domain.md §3.5), so it is
 * filed from the period's last day (`useEndsOn`, a Korean date), not on the day use starts.
 */
export function resultReportOpen(useEndsOn: string | null, today: string): boolean {
  return useEndsOn !== null && today >= useEndsOn;
}

export interface PilotResultInput {
  scores: Record<PilotIndicator, number>;
  comments: Partial<Record<PilotIndicator, string>>;
  willBuyMore: boolean;
  summary: string;
}

/** The result report's own fields; its scores and comments are per indicator (`pilotResultProblems`). */
export const PILOT_RESULT_RULES = {
  willBuyMore: { kind: 'boolean' },
  summary: { kind: 'text', min: 5, max: 5000 },
} as const satisfies FieldRules<'willBuyMore' | 'summary'>;

/** Each indicator scored 1 to 5. */
export const PILOT_SCORE_RULE = { kind: 'integer', min: 1, max: 5 } as const satisfies FieldRule;
/** A comment on an indicator, which may be left out. */
export const PILOT_COMMENT_RULE = { kind: 'text', max: 2000, optional: true } as const satisfies FieldRule;

/** A result report: its fields, a score for every indicator, comments only on indicators. */
export function pilotResultProblems(result: PilotResultInput): FieldProblems {
  const problems = ruleProblems(PILOT_RESULT_RULES, result);
  const scores: Record<string, unknown> = result.scores ?? {};
  const comments: Record<string, unknown> = result.comments ?? {};
  for (const indicator of PILOT_INDICATORS) {
    const score = fieldProblem(PILOT_SCORE_RULE, scores[indicator]);
    if (score) problems[`scores.${indicator}`] = [score];
    const comment = fieldProblem(PILOT_COMMENT_RULE, comments[indicator]);
    if (comment) problems[`comments.${indicator}`] = [comment];
  }
  for (const [kind, values] of [['scores', scores], ['comments', comments]] as const) {
    for (const key of Object.keys(values)) {
      if (!PILOT_INDICATORS.includes(key as PilotIndicator)) problems[`${kind}.${key}`] = [{ code: 'FIELD_INVALID', params: { field: `${kind}.${key}`, rule: 'notIndicator' } }];
    }
  }
  return problems;
}

export const UsageState = { IN_USE: 'IN_USE', SHELVED: 'SHELVED', RETURNED: 'RETURNED' } as const;
export type UsageState = (typeof UsageState)[keyof typeof UsageState];

export interface CheckInInput {
  /** 3 or 6 months after the pilot. */
  month: 3 | 6;
  state: UsageState;
  why: string;
}

export interface PilotView {
  id: string;
  planId: string;
  product: { id: string; nameKo: string; companyId: string; companyName: string };
  institution: { id: string; name: string };
  status: PilotStatus;
  quantity: number;
  amount: number;
  intendedUse: string;
  place: string;
  usePeriodMonths: number;
  followOnPlanned: boolean;
  followOnBudgeted: boolean;
  followOnAmount: number | null;
  need: string;
  rank: number | null;
  decisionReason: string | null;
  /** The matching reason as the web words it (the platform's by code, a person's as written). */
  decisionReasonMessage: Message | null;
  result: (PilotResultInput & { reportedAt: string }) | null;
  verdictReason: string | null;
  useStartedAt: string | null;
  useEndsOn: string | null;
  checkIns: (CheckInInput & { answeredAt: string })[];
  /** Check-ins due now (month 3 or 6 after the pilot) and not yet answered. */
  checkInsDue: (3 | 6)[];
  availableActions: PilotAction[];
  createdAt: string;
}

export interface MatchingProposal {
  /** Applications the platform would match, in ranking order, within the caps and the budget. */
  match: { applicationId: string; productId: string; amount: number; rank: number }[];
  /** The rest, each with why. */
  skip: { applicationId: string; productId: string; reason: string; code: MessageCode; params?: MessageParams }[];
  totalAmount: number;
  budgetLeft: number;
}

export interface ProductPilotResults {
  pilots: number;
  reported: number;
  averages: Partial<Record<PilotIndicator, number>>;
  verdicts: { SUCCESS: number; INSUFFICIENT: number };
  willBuyMore: number;
}
