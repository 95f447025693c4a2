import { SYSTEM_ROLE, type ActorRole } from './designation';
import { Role } from './roles';
import { defineStateMachine } from './state-machine';

/** Defaults from domain.md §3.4; each round and demo day copies them when it is created. */
export interface ScoutingRules {
  /** Nominations one scout may make in one round. */
  nominationsPerScout: number;
  /** Each panel member's virtual budget at a demo day (KRW). */
  demoDayBudget: number;
  /** How many products a demo day recommends. */
  recommendedCount: number;
}

export const DEFAULT_SCOUTING_RULES: ScoutingRules = {
  nominationsPerScout: 3,
  demoDayBudget: 200_000_000,
  recommendedCount: 10,
};

/** Days an invitation to claim a nomination stays valid. */
export const INVITATION_VALID_DAYS = 14;

/** Roles an operator may seat on a demo day's panel (citizens, scouts and experts). */
export const PANEL_ROLES = [Role.CITIZEN, Role.SCOUT, Role.COMMITTEE] as const;

export const ScoutingRoundStatus = { OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
export type ScoutingRoundStatus = (typeof ScoutingRoundStatus)[keyof typeof ScoutingRoundStatus];

export const NominationStatus = {
  NOMINATED: 'NOMINATED',
  PRE_SCREENED: 'PRE_SCREENED',
  DEMO_DAY: 'DEMO_DAY',
  RECOMMENDED: 'RECOMMENDED',
  NOT_RECOMMENDED: 'NOT_RECOMMENDED',
  APPLIED: 'APPLIED',
} as const;
export type NominationStatus = (typeof NominationStatus)[keyof typeof NominationStatus];

export const NominationAction = {
  PASS_PRE_SCREENING: 'pass-pre-screening',
  FAIL_PRE_SCREENING: 'fail-pre-screening',
  SCHEDULE: 'schedule',
  RECOMMEND: 'recommend',
  NOT_RECOMMEND: 'not-recommend',
  APPLY: 'apply',
} as const;
export type NominationAction = (typeof NominationAction)[keyof typeof NominationAction];

/**
 * NOMINATED → PRE_SCREENED → DEMO_DAY → RECOMMENDED | NOT_RECOMMENDED → APPLIED.
 * A nomination failing pre-screening is NOT_RECOMMENDED at once (with the reason). The demo day's
 * close and the company's proposal are the platform's moves (SYSTEM).
 */
export const nominationMachine = /* @__PURE__ */ defineStateMachine<NominationStatus, NominationAction, ActorRole>('nomination', [
  { action: NominationAction.PASS_PRE_SCREENING, from: [NominationStatus.NOMINATED], to: NominationStatus.PRE_SCREENED, roles: [Role.OPERATOR] },
  { action: NominationAction.FAIL_PRE_SCREENING, from: [NominationStatus.NOMINATED], to: NominationStatus.NOT_RECOMMENDED, roles: [Role.OPERATOR] },
  { action: NominationAction.SCHEDULE, from: [NominationStatus.PRE_SCREENED], to: NominationStatus.DEMO_DAY, roles: [Role.OPERATOR] },
  { action: NominationAction.RECOMMEND, from: [NominationStatus.DEMO_DAY], to: NominationStatus.RECOMMENDED, roles: [SYSTEM_ROLE] },
  { action: NominationAction.NOT_RECOMMEND, from: [NominationStatus.DEMO_DAY], to: NominationStatus.NOT_RECOMMENDED, roles: [SYSTEM_ROLE] },
  { action: NominationAction.APPLY, from: [NominationStatus.RECOMMENDED], to: NominationStatus.APPLIED, roles: [SYSTEM_ROLE] },
]);

export const DemoDayStatus = { PLANNED: 'PLANNED', OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
export type DemoDayStatus = (typeof DemoDayStatus)[keyof typeof DemoDayStatus];

export const DemoDayAction = { OPEN: 'open', CLOSE: 'close' } as const;
export type DemoDayAction = (typeof DemoDayAction)[keyof typeof DemoDayAction];

/** PLANNED (products and panel set) → OPEN (members allocate) → CLOSED (results public). */
export const demoDayMachine = /* @__PURE__ */ defineStateMachine<DemoDayStatus, DemoDayAction, ActorRole>('demo-day', [
  { action: DemoDayAction.OPEN, from: [DemoDayStatus.PLANNED], to: DemoDayStatus.OPEN, roles: [Role.OPERATOR] },
  { action: DemoDayAction.CLOSE, from: [DemoDayStatus.OPEN], to: DemoDayStatus.CLOSED, roles: [Role.OPERATOR] },
]);

export interface ScoutingRoundInput {
  title: string;
  description: string;
  /** Nominations per scout; the rule settings' default when left out. */
  nominationsPerScout?: number;
}

export interface ScoutingRoundView {
  id: string;
  title: string;
  description: string;
  status: ScoutingRoundStatus;
  nominationsPerScout: number;
  nominations: number;
  /** Nominations the viewing scout has left in this round (null for others). */
  myRemaining: number | null;
  createdAt: string;
}

export interface NominationInput {
  roundId: string;
  companyName: string;
  /** `XXX-XX-XXXXX`: how the company is recognised when it signs up. */
  businessNumber: string;
  contactName: string;
  contactEmail: string;
  productName: string;
  productDescription: string;
  reason: string;
}

export interface NominationView {
  id: string;
  roundId: string;
  roundTitle: string;
  status: NominationStatus;
  companyName: string;
  businessNumber: string;
  /** Linked once a company with the business number is on the platform. */
  companyId: string | null;
  contactName: string;
  contactEmail: string;
  productName: string;
  productDescription: string;
  reason: string;
  scout: { id: string; name: string };
  preScreeningNote: string | null;
  demoDayId: string | null;
  invitation: { expiresAt: string; claimedAt: string | null };
  /** Only in the answer that issued it: the token is stored hashed and cannot be shown again. */
  invitationUrl?: string;
  availableActions: NominationAction[];
  createdAt: string;
}

/** What an invitation's holder may read before signing up. */
export interface InvitationView {
  companyName: string;
  businessNumber: string;
  productName: string;
  roundTitle: string;
  scoutName: string;
  expiresAt: string;
  claimed: boolean;
}

export interface DemoDayInput {
  roundId: string;
  title: string;
  /** YYYY-MM-DD. */
  heldOn: string;
  place: string;
  budget?: number;
  recommendedCount?: number;
}

export interface DemoDayProduct {
  nominationId: string;
  companyName: string;
  productName: string;
  productDescription: string;
  status: NominationStatus;
}

export interface DemoDayView {
  id: string;
  roundId: string;
  title: string;
  heldOn: string;
  place: string;
  status: DemoDayStatus;
  budget: number;
  recommendedCount: number;
  products: DemoDayProduct[];
  /** Panel members; shown to the operator only. */
  panel: { id: string; name: string; role: Role }[] | null;
  /** The viewer sits on the panel. */
  onPanel: boolean;
  availableActions: DemoDayAction[];
}

/** A panel member's own allocations: no one else's are ever shown before the close. */
export interface MyAllocationsView {
  budget: number;
  allocated: number;
  allocations: { nominationId: string; amount: number }[];
  /** Products the member may not invest in, with why. */
  excluded: { nominationId: string; reason: string }[];
}

export interface DemoDayResult {
  rank: number;
  nominationId: string;
  companyName: string;
  productName: string;
  total: number;
  investors: number;
  recommended: boolean;
}

export interface DemoDayResultsView {
  demoDayId: string;
  title: string;
  heldOn: string;
  closedAt: string;
  budget: number;
  panelSize: number;
  results: DemoDayResult[];
}

/**
 * Top `count` by total invested, ties broken by more investors, then by the earlier nomination
 * (a deterministic order for the rest). Only products someone invested in can be recommended.
 */
export function rankDemoDay<T extends { total: number; investors: number; nominatedAt: string; nominationId: string }>(rows: T[], count: number) {
  const ranked = [...rows].sort(
    (a, b) => b.total - a.total || b.investors - a.investors || a.nominatedAt.localeCompare(b.nominatedAt) || a.nominationId.localeCompare(b.nominationId),
  );
  return ranked.map((row, i) => ({ ...row, rank: i + 1, recommended: i < count && row.total > 0 }));
}
