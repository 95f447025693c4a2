import { KOREA_TIME_ZONE } from './designation';
import type { MessageCode, MessageParams } from './messages';

/** The languages the platform speaks; a user's mail comes in the one they chose. */
export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * What a user may choose to receive by e-mail: a notification's title code names its kind. A
 * notification of a kind not listed here is always mailed.
 */
export const MAIL_KINDS = [
  'NOTE_PROPOSAL_STATUS',
  'NOTE_SESSION_CALLED',
  'NOTE_ITEM_TO_SCORE',
  'NOTE_DESIGNATED',
  'NOTE_DESIGNATION_STATUS',
  'NOTE_EXTENSION_DECIDED',
  'NOTE_DESIGNATION_EXPIRED',
  'NOTE_SANCTION',
  'NOTE_SANCTION_LIFTED',
  'NOTE_PILOT_APPLIED',
  'NOTE_PILOT_STATUS',
  'NOTE_CHALLENGE_STATUS',
  'NOTE_CHALLENGE_FROM_IDEA',
  'NOTE_IDEA_HIDDEN',
  'NOTE_IDEA_SELECTED',
  'NOTE_IDEA_ARCHIVED',
  'REMIND_CHECK_IN',
  'REMIND_SUPPLEMENT',
  'REMIND_CALL_CLOSING',
  'REMIND_DESIGNATION_EXPIRING',
  'REMIND_TARGET_BEHIND',
  'SUGGESTIONS_MONTHLY',
] as const satisfies readonly MessageCode[];
export type MailKind = (typeof MAIL_KINDS)[number];

export const MailStatus = {
  /** Written with its change; the queue sends it. */
  QUEUED: 'QUEUED',
  SENT: 'SENT',
  /** Every retry failed. */
  FAILED: 'FAILED',
  /** No SMTP server configured: kept for an administrator to read. */
  OUTBOX: 'OUTBOX',
} as const;
export type MailStatus = (typeof MailStatus)[keyof typeof MailStatus];

export interface MailPreferencesView {
  language: Language;
  /** Kinds the user does not want by e-mail (in-app notifications still come). */
  mutedKinds: MailKind[];
}

export interface OutboxMailView {
  id: string;
  to: string;
  kind: string;
  language: Language;
  subject: string;
  body: string;
  link: string | null;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Params named so hold a state or a checklist item: the reader sees its name, not its key. */
export const WORDED_PARAMS: Record<string, string> = { status: 'status', from: 'status', to: 'status', item: 'screeningItem', institutionType: 'institutionType' };

export const intlLocale = (language: string): string => (language === 'en' ? 'en-GB' : 'ko-KR');

/** A calendar date given as YYYY-MM-DD (no time, no zone), shown as that same day everywhere. */
export function formatDay(ymd: string, language: string): string {
  const date = new Date(`${ymd.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return ymd;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}

/** An instant in Korea time, marked KST. */
export function formatKoreaDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: KOREA_TIME_ZONE }).format(date)} KST`;
}

/**
 * A message's params as the reader sees them: numbers and dates formatted for the language,
 * instants in Korea time, states by their name (`wordKey` looks up `status.X` and the like in
 * the `messages` locale text). The web and the API's mails both word params through this.
 */
export function wordParams(params: MessageParams, language: string, wordKey: (key: string, fallback: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') out[name] = formatNumber(value, language);
    else if (INSTANT.test(value)) out[name] = formatKoreaDateTime(value, language);
    else if (DAY.test(value)) out[name] = formatDay(value, language);
    else if (name === 'group') out[name] = nameInLanguage(value, language);
    else if (WORDED_PARAMS[name]) out[name] = wordKey(`${WORDED_PARAMS[name]}.${value}`, value);
    else out[name] = value;
  }
  return out;
}

const BILINGUAL = /^(.+?) \((.+)\)$/;

/** A name written "한국어 (English)", as the default criteria are: the half of the reader's language. */
export function nameInLanguage(name: string, language: string): string {
  const halves = BILINGUAL.exec(name);
  return halves ? halves[language === 'en' ? 2 : 1] : name;
}
