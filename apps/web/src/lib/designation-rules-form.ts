import { designationRulesProblems, type DesignationRules } from '@inno/contracts';
import type { TFunction } from 'i18next';
import type { FieldErrors } from './validation';

/**
 * A designation's rules as an operator edits them (the rule settings' defaults, or a call's own):
 * values as typed, checked by the API's rule (designationRulesProblems), the request's body.
 */
export interface DesignationRulesFormValues {
  validityYears: string;
  /** Extension terms by stage, comma-separated ("1, 2"). */
  extensionYears: string;
  maxTotalYears: string;
  trimmedMeanMinSheets: string;
  committeeVote: boolean;
}

export const DESIGNATION_RULE_FIELDS = ['validityYears', 'extensionYears', 'maxTotalYears', 'trimmedMeanMinSheets', 'committeeVote'] as const;

export function designationRulesValuesFrom(rules: DesignationRules): DesignationRulesFormValues {
  return {
    validityYears: String(rules.validityYears),
    extensionYears: rules.extensionYears.join(', '),
    maxTotalYears: String(rules.maxTotalYears),
    trimmedMeanMinSheets: String(rules.trimmedMeanMinSheets),
    committeeVote: rules.committeeVote,
  };
}

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

export function toDesignationRules(values: DesignationRulesFormValues): DesignationRules {
  const terms = values.extensionYears.trim();
  return {
    validityYears: whole(values.validityYears),
    extensionYears: terms ? terms.split(',').map(whole) : [],
    maxTotalYears: whole(values.maxTotalYears),
    trimmedMeanMinSheets: whole(values.trimmedMeanMinSheets),
    committeeVote: values.committeeVote,
  };
}

/** The API's rule in the reader's words, keyed as the request nests the rules (`rules.` in a call). */
export function validateDesignationRules(values: DesignationRulesFormValues, t: TFunction<'workflow'>, prefix = ''): FieldErrors {
  const rules = toDesignationRules(values);
  const errors: FieldErrors = {};
  for (const field of Object.keys(designationRulesProblems(rules, prefix))) {
    const name = field.slice(prefix.length) as (typeof DESIGNATION_RULE_FIELDS)[number];
    errors[field] = [
      name === 'maxTotalYears' && Number.isInteger(rules.maxTotalYears) && rules.maxTotalYears >= 1
        ? t('designationRules.errors.ceiling', { years: rules.validityYears })
        : t(`designationRules.errors.${name}`),
    ];
  }
  return errors;
}
