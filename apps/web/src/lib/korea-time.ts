/**
 * Every time the app shows is Korea time, whatever the viewer's zone, and says so
 * (`… 18:00 KST`); times are entered in it too (a datetime-local input's value read as Korea time).
 */
export { formatKoreaDateTime } from '@inno/contracts';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** `2026-12-01T09:00` (a datetime-local value, in Korea time) → `2026-12-01T09:00:00+09:00`; null when not such a value. */
export function koreaLocalToIso(local: string): string | null {
  const match = LOCAL.exec(local.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '00'] = match;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}+09:00`;
  return Number.isNaN(new Date(iso).getTime()) ? null : iso;
}

/** What is wrong with a window typed as two datetime-local values: an end that is no date-time, or an end not after the start. */
export function koreaWindowProblems(start: string, end: string): { start?: 'dateTime'; end?: 'dateTime' | 'endBeforeStart' } {
  const from = koreaLocalToIso(start);
  const to = koreaLocalToIso(end);
  return {
    ...(from ? {} : { start: 'dateTime' as const }),
    ...(!to ? { end: 'dateTime' as const } : from && new Date(to) <= new Date(from) ? { end: 'endBeforeStart' as const } : {}),
  };
}

/** An instant as a datetime-local value in Korea time (to prefill an input). */
export function isoToKoreaLocal(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  // Korea keeps UTC+9 all year (no daylight saving).
  return new Date(date.getTime() + 9 * 3600_000).toISOString().slice(0, 16);
}
