/**
 * Calendar periods as the Korean Civil Act counts them (arts. 157 and 160). One place for the rule:
 * designation validity, its extensions and a pilot's use period all end where `periodEnd` says.
 *
 * A period that starts on a day (a designation takes effect from 00:00 of its date, so art. 157's
 * proviso counts the first day) and runs for years or months ends on the day before the
 * corresponding day of the last year or month (art. 160(2)); when that month has no corresponding
 * day, it ends on the month's last day (art. 160(3)). 3 years from 2026-11-16 end on 2029-11-15.
 */

/** Dates are Korean calendar days, written YYYY-MM-DD. */
export type IsoDate = string;

function parts(iso: IsoDate): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

const format = (date: Date): IsoDate => date.toISOString().slice(0, 10);

/** The same day `months` later; the month's last day where that month is shorter (31 Jan + 1 → 28/29 Feb). */
export function addCalendarMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(iso);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return format(first);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(iso);
  return format(new Date(Date.UTC(y, m - 1, d + days)));
}

/** The last day of a period that starts on `start` (counted) and runs `length`. */
export function periodEnd(start: IsoDate, length: { years?: number; months?: number }): IsoDate {
  const months = (length.years ?? 0) * 12 + (length.months ?? 0);
  if (!Number.isInteger(months) || months <= 0) throw new RangeError(`A period runs for a positive whole number of months, not ${months}`);
  const [, , day] = parts(start);
  const [ey, em] = parts(addCalendarMonths(start, months));
  const daysInEndMonth = new Date(Date.UTC(ey, em, 0)).getUTCDate();
  // No corresponding day in the last month (29 Feb, the 31st): the period ends on that month's last day.
  if (day > daysInEndMonth) return format(new Date(Date.UTC(ey, em - 1, daysInEndMonth)));
  return addDays(format(new Date(Date.UTC(ey, em - 1, day))), -1);
}

/** A period extended by `length`: the extension starts the day after the current end. */
export function extendPeriod(currentEnd: IsoDate, length: { years?: number; months?: number }): IsoDate {
  return periodEnd(addDays(currentEnd, 1), length);
}
