import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './api';
import { COMMON_PASSWORDS } from './common-passwords';
import type { Message } from './messages';

/**
 * Why a password is refused (NIST SP 800-63B 5.1.1.2: length, and no commonly used, repetitive or
 * sequential values, nor ones drawn from the account's own name), checked alike by the API and the forms.
 */
export const PasswordProblem = {
  TOO_SHORT: 'TOO_SHORT',
  TOO_LONG: 'TOO_LONG',
  COMMON: 'COMMON',
  REPEATED: 'REPEATED',
  SEQUENCE: 'SEQUENCE',
  CONTAINS_EMAIL: 'CONTAINS_EMAIL',
} as const;
export type PasswordProblem = (typeof PasswordProblem)[keyof typeof PasswordProblem];

/** Keyboard rows and columns, digits and the alphabet: a password inside one (either way round) is a walk, not a secret. */
const WALKS = [
  '12345678901234567890',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  'qazwsxedcrfvtgbyhnujmikolp',
  'q1w2e3r4t5y6u7i8o9p0',
];
const SEQUENCES = [...WALKS, ...WALKS.map((walk) => [...walk].reverse().join(''))];

/** Digits and symbols around a word ("password12", "!qwer1234!") do not make it less common. */
const AROUND = /^[^a-z]+|[^a-z]+$/g;

/** One character or a short pattern over and over: "aaaaaaaaaa", "abababab", "12121212". */
function isRepeated(password: string): boolean {
  for (let unit = 1; unit <= 4 && unit * 2 <= password.length; unit++) {
    const pattern = password.slice(0, unit);
    if (pattern.repeat(Math.ceil(password.length / unit)).startsWith(password)) return true;
  }
  return false;
}

/** The first reason to refuse `password` for the account `email` (when known), or null. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return PasswordProblem.TOO_SHORT;
  if (password.length > PASSWORD_MAX_LENGTH) return PasswordProblem.TOO_LONG;
  const lower = password.toLowerCase();
  if (isRepeated(lower)) return PasswordProblem.REPEATED;
  if (SEQUENCES.some((sequence) => sequence.includes(lower))) return PasswordProblem.SEQUENCE;
  const trimmed = [lower, lower.replace(/^[^a-z]+/, ''), lower.replace(/[^a-z]+$/, ''), lower.replace(AROUND, '')];
  if (trimmed.some((candidate) => COMMON_PASSWORDS.has(candidate))) return PasswordProblem.COMMON;
  const name = email?.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 4 && lower.includes(name)) return PasswordProblem.CONTAINS_EMAIL;
  return null;
}

/** The API's words for each problem, naming the field as the error's `details` do. */
export function passwordProblemMessage(problem: PasswordProblem, field: string): string {
  switch (problem) {
    case PasswordProblem.TOO_SHORT:
    case PasswordProblem.TOO_LONG:
      return `${field} must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`;
    case PasswordProblem.COMMON:
      return `${field} is one of the most commonly used passwords: choose one that is not easily guessed`;
    case PasswordProblem.REPEATED:
      return `${field} must not be one character or a short pattern repeated`;
    case PasswordProblem.SEQUENCE:
      return `${field} must not be a sequence such as 1234567890 or qwertyuiop`;
    case PasswordProblem.CONTAINS_EMAIL:
      return `${field} must not contain the name part of the e-mail address`;
  }
}

/** The problem as the code both sides word in the reader's language (the form before sending, the API's 400). */
export function passwordProblemCode(problem: PasswordProblem): Message {
  switch (problem) {
    case PasswordProblem.TOO_SHORT:
      return { code: 'PASSWORD_TOO_SHORT', params: { min: PASSWORD_MIN_LENGTH } };
    case PasswordProblem.TOO_LONG:
      return { code: 'PASSWORD_TOO_LONG', params: { max: PASSWORD_MAX_LENGTH } };
    case PasswordProblem.COMMON:
      return { code: 'PASSWORD_COMMON' };
    case PasswordProblem.REPEATED:
      return { code: 'PASSWORD_REPEATED' };
    case PasswordProblem.SEQUENCE:
      return { code: 'PASSWORD_SEQUENCE' };
    case PasswordProblem.CONTAINS_EMAIL:
      return { code: 'PASSWORD_CONTAINS_EMAIL' };
  }
}
