import { pilotApplicationProblems, type FieldProblems, type PilotApplicationInput, type PilotPlanView } from '@inno/contracts';
import { typedWholeNumber } from '../../../lib/rules-form';

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

/** The body of POST /pilot-applications, from what was typed (numbers not yet checked: see `applicationProblems`). */
export function toApplicationInput(planId: string, productId: string, values: PilotApplicationValues): PilotApplicationInput {
  const followOnAmount = typedWholeNumber(values.followOnAmount);
  return {
    planId,
    productId,
    quantity: typedWholeNumber(values.quantity)!,
    amount: typedWholeNumber(values.amount)!,
    intendedUse: values.intendedUse.trim(),
    place: values.place.trim(),
    usePeriodMonths: typedWholeNumber(values.usePeriodMonths)!,
    followOnPlanned: values.followOnPlanned,
    followOnBudgeted: values.followOnBudgeted,
    ...(followOnAmount === undefined ? {} : { followOnAmount }),
    need: values.need.trim(),
  };
}

/** The API's rules for the application and the plan's limits (libs/contracts), as codes per field. */
export function applicationProblems(values: PilotApplicationValues, plan: Pick<PilotPlanView, 'id' | 'maxUsePeriodMonths' | 'maxAmountPerProduct'>): FieldProblems {
  return pilotApplicationProblems(toApplicationInput(plan.id, '', values), plan);
}
