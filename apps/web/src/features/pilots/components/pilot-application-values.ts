import { PILOT_APPLICATION_LIMITS, pilotApplicationPlanProblems, PRICE_MAX_KRW, type PilotApplicationInput, type PilotPlanView } from '@inno/contracts';
import { formatNumber } from '../../../lib/format';
import type { FieldErrors } from '../../../lib/validation';
import type { PilotsT } from './pilots-i18n';

/** An application as the buyer types it; field names are the API's, as in a 400's `details`. */
export interface PilotApplicationValues {
  quantity: string;
  amount: string;
  intendedUse: string;
  place: string;
  usePeriodMonths: string;
  followOnPlanned: boolean;
  followOnBudgeted: boolean;
  followOnAmount: string;
  need: string;
}

export const APPLICATION_FIELDS = [
  'quantity',
  'amount',
  'intendedUse',
  'place',
  'usePeriodMonths',
  'followOnPlanned',
  'followOnBudgeted',
  'followOnAmount',
  'need',
] as const satisfies readonly (keyof PilotApplicationValues)[];

/** The API's limits, from the one rule both use. */
export const APPLICATION_LIMITS = PILOT_APPLICATION_LIMITS;

export function emptyApplicationValues(maxUsePeriodMonths: number): PilotApplicationValues {
  return {
    quantity: '',
    amount: '',
    intendedUse: '',
    place: '',
    usePeriodMonths: String(maxUsePeriodMonths),
    followOnPlanned: false,
    followOnBudgeted: false,
    followOnAmount: '',
    need: '',
  };
}

/** Digits of an amount typed with or without thousands separators ("30,000,000"). */
export function digitsOf(value: string): string {
  return value.replace(/[\s,]/g, '');
}

function wholeNumber(value: string): number | null {
  const digits = digitsOf(value);
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

/** The API's rules, checked before sending and worded in the current language. */
export function validateApplication(
  values: PilotApplicationValues,
  plan: Pick<PilotPlanView, 'maxUsePeriodMonths' | 'maxAmountPerProduct'>,
  t: PilotsT,
  language: string,
): FieldErrors {
  const errors: FieldErrors = {};
  const required = [t('errors.required')];
  const text = (field: 'intendedUse' | 'place' | 'need', { min }: { min: number }) => {
    const value = values[field].trim();
    if (!value) errors[field] = required;
    else if (value.length < min) errors[field] = [t('errors.minLength', { min })];
  };

  const quantity = wholeNumber(values.quantity);
  if (!values.quantity.trim()) errors.quantity = required;
  else if (quantity === null || quantity < 1 || quantity > APPLICATION_LIMITS.quantityMax) {
    errors.quantity = [t('errors.range', { min: 1, max: formatNumber(APPLICATION_LIMITS.quantityMax, language) })];
  }

  const amount = wholeNumber(values.amount);
  if (!values.amount.trim()) errors.amount = required;
  else if (amount === null || amount < 1 || amount > PRICE_MAX_KRW) errors.amount = [t('errors.amount', { max: formatNumber(PRICE_MAX_KRW, language) })];

  text('intendedUse', APPLICATION_LIMITS.intendedUse);
  text('place', APPLICATION_LIMITS.place);

  const months = wholeNumber(values.usePeriodMonths);
  if (!values.usePeriodMonths.trim()) errors.usePeriodMonths = required;
  else if (months === null || months < 1) errors.usePeriodMonths = [t('errors.usePeriod', { max: plan.maxUsePeriodMonths })];

  // The plan's own limits, as the API checks them.
  for (const problem of pilotApplicationPlanProblems({ amount: amount ?? 0, usePeriodMonths: months ?? 0 }, plan)) {
    if (errors[problem.field]) continue;
    errors[problem.field] =
      problem.field === 'amount'
        ? [t('errors.amountOverCap', { max: formatNumber(problem.max, language) })]
        : [t('errors.usePeriod', { max: problem.max })];
  }

  if (values.followOnBudgeted && !values.followOnPlanned) errors.followOnBudgeted = [t('errors.budgetedNotPlanned')];
  const followOn = wholeNumber(values.followOnAmount);
  if (values.followOnBudgeted && !values.followOnAmount.trim()) errors.followOnAmount = [t('errors.followOnAmountRequired')];
  else if (values.followOnAmount.trim() && (followOn === null || followOn < 1 || followOn > PRICE_MAX_KRW)) {
    errors.followOnAmount = [t('errors.amount', { max: formatNumber(PRICE_MAX_KRW, language) })];
  }

  text('need', APPLICATION_LIMITS.need);
  return errors;
}

/** The body of POST /pilot-applications (values already checked). */
export function toApplicationInput(planId: string, productId: string, values: PilotApplicationValues): PilotApplicationInput {
  const followOnAmount = digitsOf(values.followOnAmount);
  return {
    planId,
    productId,
    quantity: Number(digitsOf(values.quantity)),
    amount: Number(digitsOf(values.amount)),
    intendedUse: values.intendedUse.trim(),
    place: values.place.trim(),
    usePeriodMonths: Number(values.usePeriodMonths),
    followOnPlanned: values.followOnPlanned,
    followOnBudgeted: values.followOnBudgeted,
    ...(followOnAmount ? { followOnAmount: Number(followOnAmount) } : {}),
    need: values.need.trim(),
  };
}
