import { INSTITUTION_RULES, InstitutionType, institutionInputErrors, type InstitutionInput, type InstitutionView } from '@inno/contracts';

/** The form's text as typed: the yearly purchases with or without commas, the target rate in percent. */
export interface InstitutionFormValues {
  code: string;
  name: string;
  nameEn: string;
  type: InstitutionType;
  sector: string;
  yearlyGoodsPurchases: string;
  targetRatePercent: string;
}

export const INSTITUTION_FIELDS = ['code', 'name', 'nameEn', 'type', 'sector', 'yearlyGoodsPurchases', 'targetRate'] as const;
export type InstitutionField = (typeof INSTITUTION_FIELDS)[number];

export const emptyInstitutionValues = (): InstitutionFormValues => ({
  code: '',
  name: '',
  nameEn: '',
  type: InstitutionType.CENTRAL,
  sector: '',
  yearlyGoodsPurchases: '',
  targetRatePercent: String(INSTITUTION_RULES.targetRateDefault * 100),
});

export const institutionValuesFrom = (institution: InstitutionView): InstitutionFormValues => ({
  code: institution.code,
  name: institution.name,
  nameEn: institution.nameEn,
  type: institution.type,
  sector: institution.sector,
  yearlyGoodsPurchases: String(institution.yearlyGoodsPurchases),
  // 0.0125 → "1.25": rounded to the 0.01-point steps a rate is kept in.
  targetRatePercent: String(Math.round(institution.targetRate * 10_000) / 100),
});

/** A percent with at most two decimals ("1.25") as a share (0.0125); anything else is NaN, which the rules refuse. */
function shareOf(percent: string): number {
  const text = percent.trim().replace(/%$/, '').trim();
  return /^\d+(\.\d{1,2})?$/.test(text) ? Math.round(Number(text) * 100) / 10_000 : Number.NaN;
}

export function toInstitutionInput(values: InstitutionFormValues): InstitutionInput {
  const digits = values.yearlyGoodsPurchases.replace(/[,\s₩원]/g, '');
  return {
    code: values.code.trim().toUpperCase(),
    name: values.name.trim(),
    nameEn: values.nameEn.trim(),
    type: values.type,
    sector: values.sector.trim(),
    yearlyGoodsPurchases: /^\d+$/.test(digits) ? Number(digits) : Number.NaN,
    targetRate: shareOf(values.targetRatePercent),
  };
}

/** The fields that break the shared rules (libs/contracts), for the form to word in the reader's language. */
export function invalidInstitutionFields(input: InstitutionInput): InstitutionField[] {
  return Object.keys(institutionInputErrors(input)) as InstitutionField[];
}

/** What an edit changes: only those fields are sent. */
export function institutionChanges(before: InstitutionView, after: InstitutionInput): Partial<InstitutionInput> {
  return Object.fromEntries(INSTITUTION_FIELDS.filter((field) => before[field] !== after[field]).map((field) => [field, after[field]]));
}
