/**
 * Korean business registration number (사업자등록번호) check, domain.md §4.
 * Accepts `XXX-XX-XXXXX` or ten bare digits.
 */
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;
const FORMAT = /^(\d{3})-?(\d{2})-?(\d{5})$/;

export function normalizeBusinessNumber(input: string): string | null {
  const match = FORMAT.exec(input.trim());
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

export function isValidBusinessNumber(input: string): boolean {
  const normalized = normalizeBusinessNumber(input);
  if (!normalized) return false;
  const digits = normalized.replace(/-/g, '').split('').map(Number);
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += digits[i] * WEIGHTS[i];
  sum += Math.floor((digits[8] * 5) / 10);
  return (10 - (sum % 10)) % 10 === digits[9];
}

/** Completes nine digits with their check digit; used by seeds and tests to make valid numbers. */
export function withCheckDigit(firstNine: string): string {
  if (!/^\d{9}$/.test(firstNine)) throw new Error('nine digits expected');
  const digits = firstNine.split('').map(Number);
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += digits[i] * WEIGHTS[i];
  sum += Math.floor((digits[8] * 5) / 10);
  const check = (10 - (sum % 10)) % 10;
  return `${firstNine.slice(0, 3)}-${firstNine.slice(3, 5)}-${firstNine.slice(5)}${check}`;
}
