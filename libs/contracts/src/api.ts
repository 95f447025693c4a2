import type { Message, MessageParams } from './messages';
import type { CompanySize, InstitutionType, Role, SelfSignupRole, StaffRole, UserStatus } from './roles';
import type { ObserverTerm } from './observers';

/** The one error shape of every API error. `details` holds messages per field on a 400. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  /** The domain's stable reason (e.g. `REPEAT_PILOT`), on refusals the services raise. */
  code?: string;
  /** The values the code's sentence names (see `MESSAGE_CODES`). */
  params?: MessageParams;
  details?: Record<string, string[]>;
  /** `details` as codes and params, field by field. */
  detailCodes?: Record<string, Message[]>;
  requestId?: string;
}

/**
 * Set beside the httpOnly refresh cookie, readable by the page and holding no secret: the web app
 * tries a refresh only while it is there, so anonymous pages do not send a refresh bound to fail.
 */
export const SESSION_HINT_COOKIE = 'inno_signed_in';

export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 20;

export interface PageQuery {
  page?: number;
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Password rule shared by the sign-up form and the API. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export interface CompanyRegistration {
  name: string;
  businessNumber: string;
  size: CompanySize;
  region: string;
  address?: string;
  representative?: string;
}

export interface SignupRequest {
  email: string;
  password: string;
  name: string;
  role: SelfSignupRole;
  /** Required for SUPPLIER. */
  company?: CompanyRegistration;
  /** Required for BUYER. */
  institutionId?: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface OrganisationRef {
  id: string;
  name: string;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  company: OrganisationRef | null;
  institution: OrganisationRef | null;
  /** An observer's organisation and term; null for every other role. */
  observer: ObserverTerm | null;
  /** @format date-time */
  createdAt: string;
}

export interface SessionResponse {
  /** For the `Authorization: Bearer` header of every route that is not public. */
  accessToken: string;
  /** Seconds until the access token expires; the refresh cookie renews it. */
  expiresIn: number;
  user: UserView;
}

export interface SignupResponse {
  user: UserView;
  /** False when the account waits for an approval (a buyer's institution membership). */
  canSignIn: boolean;
}

export interface UpdateProfileRequest {
  name?: string;
  currentPassword?: string;
  newPassword?: string;
}

export interface CreateStaffUserRequest {
  email: string;
  password: string;
  name: string;
  role: StaffRole;
  /** Required for an OBSERVER, refused for any other role. */
  organisation?: string;
  /** @format date */
  termFrom?: string;
  /** @format date */
  termTo?: string;
}

export interface InstitutionView {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  type: InstitutionType;
  sector: string;
  /** KRW per year. */
  yearlyGoodsPurchases: number;
  /** The share of goods purchases to spend on innovative products (0.01 is 1 %). */
  targetRate: number;
}

export interface CompanyView {
  id: string;
  name: string;
  businessNumber: string;
  size: CompanySize;
  region: string;
  address: string | null;
  representative: string | null;
  /** Sanctioned through this date (the latest sanction not lifted); may be past. */
  sanctionedUntil: string | null;
}

export interface AuditEventView {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  fromState: string | null;
  toState: string | null;
  data: Record<string, unknown>;
  requestId: string | null;
  hash: string;
}

/** A row of the audit list: the event and its actor's name as it is now (null for the system). */
export interface AuditListItem extends AuditEventView {
  actorName: string | null;
}

/** What the audit list can be filtered by: the entity types and actions recorded so far. */
export interface AuditFilterOptions {
  entityTypes: string[];
  actions: string[];
}

/** Why a link of the audit chain does not hold. */
export type AuditBreak =
  | 'HASH_MISMATCH'
  | 'PREVIOUS_HASH_MISMATCH'
  | 'MAC_MISMATCH'
  | 'MAC_MISSING'
  | 'CHECKPOINT_MISMATCH'
  | 'HEAD_BEHIND_CHECKPOINT'
  | 'CHECKPOINT_SIGNATURE_INVALID';

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** Links written before links carried a MAC: chained by hash only. */
  unkeyed: number;
  /** The newest signed checkpoint the chain was held to. */
  checkpoint: { linkCount: number; headId: string | null; signedAt: string } | null;
  /** The link that does not hold (for a checkpoint, the head it names). */
  firstBroken: { id: string | null; reason: AuditBreak } | null;
}

/** A signed statement of the audit chain's head; `signature` is Ed25519 over `payload`, base64. */
export interface AuditCheckpointView {
  /** The chain's first link's hash (null while it is empty): checkpoints of another database's chain are not its anchors. */
  chainId: string | null;
  linkCount: number;
  headId: string | null;
  headHash: string;
  signedAt: string;
  keyId: string;
  payload: string;
  signature: string;
}

export interface AuditPublicKey {
  algorithm: 'Ed25519';
  keyId: string;
  pem: string;
}

export interface HealthResponse {
  status: 'ok';
  database: 'up';
  /** The job queue (pg-boss on the same PostgreSQL) is started in this process and reaches its tables. */
  queue: 'up';
}
