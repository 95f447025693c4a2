import { KOREA_TIME_ZONE } from '@inno/contracts';
import { intlLocale } from './i18n';
import { isoToKoreaLocal } from './korea-time';

/** The Korean calendar day of an instant, whatever the browser's zone (times: `formatKoreaDateTime`). */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeZone: KOREA_TIME_ZONE }).format(date);
}

export function formatKrw(amount: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: 'KRW', maximumFractionDigits: 0 }).format(amount);
}

/** `rate` is a fraction (0.01 = 1%); `signed` shows + and − (for changes). */
export function formatPercent(rate: number, language: string, signed = false): string {
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'percent',
    maximumFractionDigits: 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(rate);
}

export { formatDay, formatNumber } from '@inno/contracts';

/** File sizes in KB/MB (1 KB = 1024 bytes), as upload limits are stated. */
export function formatBytes(bytes: number, language: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'KB');
  return format(bytes / (1024 * 1024), 'MB');
}

/** Today in Korea as YYYY-MM-DD, the day the API counts from (date inputs and `expiresOn` use this form). */
export function todayIso(now: Date = new Date()): string {
  return isoToKoreaLocal(now).slice(0, 10);
}
