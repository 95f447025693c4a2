/**
 * What text a field may hold, for the API and the web's forms alike. Control characters have no
 * place in a name, a code or a search: NUL is refused by PostgreSQL itself, and the rest hide
 * text or break what displays and exports it; half a surrogate pair cannot be stored as sent.
 * Long text (descriptions, reasons) may keep the tab and line breaks a person types; CR comes with
 * LF from some clients.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_LAYOUT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Half of a UTF-16 pair without its other half: UTF-8 cannot hold it, so it would be stored as U+FFFD. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export type TextKind = 'line' | 'long';

/** Why `value` may not be given for `field`, or null when it may. */
export function textProblem(field: string, value: string, kind: TextKind = 'line'): string | null {
  const code = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const lone = LONE_SURROGATE.exec(value);
  if (lone) return `${field} must be valid Unicode text (found an unpaired surrogate ${code(lone[0])})`;
  const match = (kind === 'long' ? CONTROL_EXCEPT_LAYOUT : CONTROL).exec(value);
  if (!match) return null;
  return kind === 'long'
    ? `${field} must not contain control characters (found ${code(match[0])}); tabs and line breaks are fine`
    : `${field} must not contain control characters or line breaks (found ${code(match[0])})`;
}

/** A real calendar day written YYYY-MM-DD (2026-02-31 is not one). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d); // Date.UTC would read years 0-99 as 1900-1999
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
