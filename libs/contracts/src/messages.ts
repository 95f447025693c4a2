/**
 * Every sentence the API sends a person, as a stable code and its params: the web words each
 * code in the reader's language (`apps/web/src/locales/messages/{ko,en}.json`), the English
 * `message` beside it stays for API users and logs. A code lists the params it carries; a
 * string may use any of them. Amounts are KRW numbers, dates `YYYY-MM-DD`, instants ISO strings.
 */
export const MESSAGE_CODES = {
  // A person's own words (an operator's reason, a screening note): shown as written.
  TEXT: ['text'],
  // Errors of any route
  INVALID_INPUT: [],
  FIELD_INVALID: ['field', 'rule'],
  NOT_FOUND: ['entity'],
  INTERNAL: [],
  TRANSIENT_CONFLICT: [],
  DUPLICATE_VALUE: [],
  VALUE_WRONG_FORMAT: [],
  VALUE_TOO_LONG: [],
  NUMBER_OUT_OF_RANGE: [],
  UNSUPPORTED_MEDIA_TYPE: [],
  PAYLOAD_TOO_LARGE: ['maxMegabytes'],
  RATE_LIMITED: [],
  BAD_REQUEST: [],
  // Signing in and accounts
  WRONG_CREDENTIALS: [],
  EMAIL_TAKEN: [],
  UNAUTHENTICATED: [],
  NO_REFRESH_TOKEN: [],
  REFRESH_UNKNOWN: [],
  REFRESH_REUSED: [],
  REFRESH_EXPIRED: [],
  REFRESH_INACTIVE: [],
  ACCOUNT_PENDING: [],
  ACCOUNT_REJECTED: [],
  ACCOUNT_DISABLED: [],
  SIGN_IN_THROTTLED: ['until'],
  NO_ACCESS_POLICY: [],
  NOT_OWNER: ['resource'],
  ROLE_NOT_ALLOWED: ['role'],
  FORBIDDEN_ROLE: ['role', 'action'],
  UNKNOWN_ACTION: ['action'],
  WRONG_STATE: ['status', 'action'],
  GUARD: [],
  NOT_COMPANY_ADMIN: [],
  SELF_TRANSITION: [],
  COMPANY_HAS_ADMINISTRATOR: [],
  DUPLICATE_CODE: ['code'],
  // Sanctions
  SANCTION_LIFTED: ['liftedOn'],
  SANCTION_ENDED: ['endsOn'],
  // Products and files
  PRODUCT_REVOKED: [],
  TOO_MANY_FILES: ['max'],
  // Calls and proposals
  CALL_CLOSED: ['closesAt'],
  SUPPLEMENT_LAPSED: [],
  SUBMITTED_FROZEN: [],
  INELIGIBLE: [],
  NOT_DESIGNABLE: [],
  EXTENSION_PENDING: [],
  // Committee
  NOT_CHAIR: [],
  NOT_MEMBER: [],
  SESSION_ALREADY_OPEN: [],
  SESSION_NOT_OPEN: [],
  BEFORE_SESSION_DATE: ['meetingDate'],
  ROOM_TAKEN: [],
  CRITERIA_FROZEN: [],
  ITEM_CLOSED: [],
  ALREADY_DECLARED: [],
  DECLARE_FIRST: [],
  RECUSED: [],
  ABSENT: [],
  NO_VOTE_ASKED: [],
  SCORE_FIRST: [],
  NO_QUORUM: ['present', 'eligible'],
  SCORES_MISSING: ['missing', 'present'],
  VOTES_MISSING: ['missing', 'present'],
  // Pilots
  EXCLUDED: [],
  SURVEY_CLOSED: ['opensAt', 'closesAt'],
  SURVEY_OPEN: [],
  ALREADY_APPLIED: [],
  ALREADY_PUBLISHED: [],
  NOT_DUE: ['month', 'due'],
  ALREADY_ANSWERED: ['month'],
  PRODUCT_NOT_IN_FORCE: ['status'],
  COMPANY_SANCTIONED: ['until'],
  REPEAT_PILOT: ['amount', 'threshold', 'plans'],
  PLAN_BUDGET_EXCEEDED: ['amount', 'left'],
  PRODUCT_INSTITUTIONS_FULL: ['count', 'max'],
  PRODUCT_AMOUNT_EXCEEDED: ['max', 'left'],
  MATCHED_IN_ROUND: [],
  // Audit
  AUDIT_CHAIN_BROKEN: [],
  // Eligibility rules (proposal submission, designation, extension): passed and failed
  TRL_OK: ['trl'],
  TRL_OUT_OF_RANGE: ['trl'],
  PATENT_VALID: ['number', 'expiresOn'],
  LOCKER_PROOF_VALID: ['title', 'expiresOn'],
  LOCKER_PROOF_VALID_OPEN: ['title'],
  PATENT_MISSING: [],
  NOT_DESIGNATED_OK: [],
  ALREADY_DESIGNATED: ['status', 'validUntil'],
  NOT_REVOKED_OK: [],
  REVOKED: [],
  CEILING_OK: ['held', 'max', 'years'],
  CEILING_REACHED: ['held', 'max'],
  NO_OTHER_PROPOSAL_OK: [],
  OTHER_PROPOSAL_LIVE: ['status'],
  NOT_SANCTIONED_OK: [],
  SANCTIONED_UNTIL: ['until'],
  IN_FORCE_OK: ['validUntil'],
  NOT_IN_FORCE: ['status'],
  NO_DESIGNATION: [],
  EXTENSIONS_USED: ['stage', 'steps', 'max'],
  EXTENSION_STAGE_OK: ['stage', 'steps', 'years'],
  PATENTS_EXPIRED: [],
  NO_PATENT: [],
  CORRECTIVE_ACTION_REFUSED: [],
  CORRECTIVE_ACTION_OK: [],
  // Decision reasons
  DESIGNATION_PASSED: ['aggregate', 'scoredBy'],
  DESIGNATION_TERM: ['years', 'validUntil'],
  GROUP_BELOW_PASS: ['group', 'score', 'max', 'percent'],
  OVERALL_BELOW_PASS: ['aggregate', 'total', 'passMark'],
  VOTE_NOT_MAJORITY: ['for', 'present'],
  SCREENING_FAILED: ['item', 'reason'],
  EXTENDED_BY: ['years', 'from', 'to'],
  EXTENSION_REFUSED_BY_OPERATOR: [],
  DESIGNATION_ENDED: ['validUntil'],
  // Notifications: a title and a body each
  NOTE_SANCTION: ['startsOn', 'endsOn'],
  NOTE_SANCTION_LIFTED: [],
  NOTE_PILOT_APPLIED: ['product'],
  NOTE_PILOT_APPLIED_BODY: ['product', 'amount'],
  NOTE_PILOT_STATUS: ['status'],
  NOTE_PILOT_MOVED: ['from', 'to'],
  NOTE_SESSION_CALLED: ['title'],
  NOTE_SESSION_TIME: ['startsAt', 'endsAt'],
  NOTE_ITEM_TO_SCORE: ['title'],
  NOTE_ITEM_TO_SCORE_BODY: [],
  NOTE_PROPOSAL_STATUS: ['status'],
  NOTE_PROPOSAL_MOVED: ['from', 'to'],
  NOTE_DESIGNATED: ['product'],
  NOTE_DESIGNATED_BODY: ['product', 'designationNumber', 'validUntil'],
  NOTE_DESIGNATION_STATUS: ['product', 'status'],
  NOTE_EXTENSION_DECIDED: ['status'],
  NOTE_VALID_UNTIL: ['validUntil'],
  NOTE_DESIGNATION_EXPIRED: ['product'],
  // A notification written before notifications carried codes: its text as it was.
  LEGACY_TEXT: ['text'],
} as const satisfies Record<string, readonly string[]>;

export type MessageCode = keyof typeof MESSAGE_CODES;
export type MessageParams = Record<string, string | number>;

/** A sentence as code and params; the reader's language words it. */
export interface Message {
  code: MessageCode;
  params?: MessageParams;
}

export function isMessageCode(value: unknown): value is MessageCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(MESSAGE_CODES, value);
}

export const message = (code: MessageCode, params?: MessageParams): Message => (params ? { code, params } : { code });

/** A person's own words, carried as they were written. */
export const textMessage = (text: string): Message => ({ code: 'TEXT', params: { text } });
