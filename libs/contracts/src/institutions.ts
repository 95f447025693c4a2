import { InstitutionType } from './roles';

/** What an ADMIN enters for a public institution (domain.md §4); the target rate is a share, 0.01 for 1%. */
export interface InstitutionInput {
  code: string;
  name: string;
  nameEn: string;
  type: InstitutionType;
  sector: string;
  yearlyGoodsPurchases: number;
  targetRate: number;
}

/** The rules an institution's fields follow, the API's and the web form's alike. */
export const INSTITUTION_RULES = {
  /** The platform's own codes: upper-case letters and digits, with hyphens (e.g. CG-001). */
  code: /^[A-Z0-9]+(-[A-Z0-9]+)*$/,
  codeMaxLength: 20,
  nameLength: [2, 200],
  sectorLength: [1, 60],
  /** KRW a year; ₩100 trillion is beyond any institution's goods purchases. */
  yearlyGoodsPurchasesMax: 100_000_000_000_000,
  /** 0.1% to 10%, in steps of 0.01 percentage points (a share with at most four decimals). */
  targetRateMin: 0.001,
  targetRateMax: 0.1,
  /** domain.md §3.7: 1% of goods purchases unless set per sector (e.g. 1.0% to 1.7%). */
  targetRateDefault: 0.01,
} as const;

const hasAtMostFourDecimals = (rate: number) => Math.abs(Math.round(rate * 10_000) - rate * 10_000) < 1e-6;

/** Messages per field for an institution's input (empty when it is valid); the web shows them before sending. */
export function institutionInputErrors(input: Partial<InstitutionInput>): Partial<Record<keyof InstitutionInput, string>> {
  const r = INSTITUTION_RULES;
  const errors: Partial<Record<keyof InstitutionInput, string>> = {};
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const code = text(input.code);
  if (!code || code.length > r.codeMaxLength || !r.code.test(code)) errors.code = `code must be upper-case letters and digits with hyphens, at most ${r.codeMaxLength} characters (e.g. CG-001)`;
  for (const field of ['name', 'nameEn'] as const) {
    const length = text(input[field]).length;
    if (length < r.nameLength[0] || length > r.nameLength[1]) errors[field] = `${field} must be ${r.nameLength[0]} to ${r.nameLength[1]} characters`;
  }
  if (!Object.values(InstitutionType).includes(input.type as InstitutionType)) errors.type = `type must be one of ${Object.values(InstitutionType).join(', ')}`;
  const sector = text(input.sector).length;
  if (sector < r.sectorLength[0] || sector > r.sectorLength[1]) errors.sector = `sector must be ${r.sectorLength[0]} to ${r.sectorLength[1]} characters`;
  const purchases = input.yearlyGoodsPurchases;
  if (!Number.isSafeInteger(purchases) || purchases! < 0 || purchases! > r.yearlyGoodsPurchasesMax) errors.yearlyGoodsPurchases = 'yearlyGoodsPurchases must be a whole number of won, 0 or more';
  const rate = input.targetRate;
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < r.targetRateMin || rate > r.targetRateMax || !hasAtMostFourDecimals(rate)) {
    errors.targetRate = `targetRate must be a share from ${r.targetRateMin} to ${r.targetRateMax} (0.1% to 10%), in steps of 0.0001`;
  }
  return errors;
}
