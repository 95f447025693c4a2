/** A whole number as typed, with or without thousands separators ("30,000,000"): blank is none, anything else not a number is NaN. */
export function typedWholeNumber(text: string): number | undefined {
  const digits = text.replace(/[\s,]/g, '');
  if (!digits) return undefined;
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}
