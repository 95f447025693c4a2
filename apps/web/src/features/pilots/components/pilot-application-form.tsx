import { PRICE_MAX_KRW, type PilotPlanView, type PilotView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField, TextField } from '../../../components/field';
import { formatKrw } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useApplyForPilot } from '../api/apply-for-pilot';
import { CheckboxField } from './checkbox-field';
import {
  APPLICATION_FIELDS,
  APPLICATION_LIMITS,
  emptyApplicationValues,
  toApplicationInput,
  validateApplication,
  type PilotApplicationValues,
} from './pilot-application-values';
import { usePilotsTranslation } from './pilots-i18n';

/**
 * The institution's application for one product of a plan: how many, for how much,
 * what for, where and for how long, any follow-on purchase, and why it is needed.
 * Checked here by the API's rules first; the API's 400 `details` show beside their fields, a 409 above.
 */
export function PilotApplicationForm({ plan, productId, askingPrice, onApplied }: {
  plan: PilotPlanView;
  productId: string;
  /** The supplier's hoped-for unit price, as a hint for the amount. */
  askingPrice?: number;
  onApplied: (pilot: PilotView) => void;
}) {
  const { t, i18n } = usePilotsTranslation();
  const language = i18n.language;
  const [values, setValues] = useState<PilotApplicationValues>(() => emptyApplicationValues(plan.maxUsePeriodMonths));
  const form = useFormErrors(APPLICATION_FIELDS);
  const mutation = useApplyForPilot();

  const set = <K extends keyof PilotApplicationValues>(field: K, value: PilotApplicationValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearField(field);
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!form.check(validateApplication(values, plan, t, language))) return;
    mutation.mutate(toApplicationInput(plan.id, productId, values), { onSuccess: onApplied, onError: (error) => form.fail(error) });
  }

  const quantity = Number(values.quantity);
  const amountHint = [
    t('apply.amountHint', { max: formatKrw(plan.maxAmountPerProduct, language) }),
    askingPrice && Number.isInteger(quantity) && quantity > 0
      ? t('apply.amountAtAskingPrice', { amount: formatKrw(askingPrice * quantity, language) })
      : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="pilot-apply-form-title" data-testid="pilot-apply-form">
      <h2 id="pilot-apply-form-title">{t('apply.formTitle')}</h2>
      <p className="field__hint">{t('apply.requiredNote')}</p>
      <ErrorSummary form={form} />
      <fieldset className="fieldset">
        <legend>{t('apply.purchaseLegend')}</legend>
        <TextField
          id="pilot-quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={APPLICATION_LIMITS.quantityMax}
          step={1}
          label={t('apply.quantity')}
          required
          value={values.quantity}
          onChange={(e) => set('quantity', e.target.value)}
          errors={form.errors.quantity}
          data-testid="pilot-quantity"
        />
        <TextField
          id="pilot-amount"
          inputMode="numeric"
          maxLength={20}
          label={t('apply.amount')}
          hint={amountHint}
          required
          value={values.amount}
          onChange={(e) => set('amount', e.target.value)}
          errors={form.errors.amount}
          data-testid="pilot-amount"
        />
        <TextField
          id="pilot-use-period"
          type="number"
          inputMode="numeric"
          min={1}
          max={plan.maxUsePeriodMonths}
          step={1}
          label={t('apply.usePeriod')}
          hint={t('apply.usePeriodHint', { max: plan.maxUsePeriodMonths })}
          required
          value={values.usePeriodMonths}
          onChange={(e) => set('usePeriodMonths', e.target.value)}
          errors={form.errors.usePeriodMonths}
          data-testid="pilot-use-period"
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('apply.useLegend')}</legend>
        <TextAreaField
          id="pilot-intended-use"
          label={t('apply.intendedUse')}
          hint={t('apply.intendedUseHint')}
          required
          rows={4}
          maxLength={APPLICATION_LIMITS.intendedUse.max}
          value={values.intendedUse}
          onChange={(e) => set('intendedUse', e.target.value)}
          errors={form.errors.intendedUse}
          data-testid="pilot-intended-use"
        />
        <TextField
          id="pilot-place"
          label={t('apply.place')}
          hint={t('apply.placeHint')}
          required
          maxLength={APPLICATION_LIMITS.place.max}
          value={values.place}
          onChange={(e) => set('place', e.target.value)}
          errors={form.errors.place}
          data-testid="pilot-place"
        />
        <TextAreaField
          id="pilot-need"
          label={t('apply.need')}
          hint={t('apply.needHint')}
          required
          rows={4}
          maxLength={APPLICATION_LIMITS.need.max}
          value={values.need}
          onChange={(e) => set('need', e.target.value)}
          errors={form.errors.need}
          data-testid="pilot-need"
        />
      </fieldset>
      <fieldset className="fieldset" aria-describedby="pilot-follow-on-hint">
        <legend>{t('apply.followOnLegend')}</legend>
        <p id="pilot-follow-on-hint" className="field__hint">
          {t('apply.followOnHint')}
        </p>
        <CheckboxField
          id="pilot-follow-on-planned"
          label={t('apply.followOnPlanned')}
          checked={values.followOnPlanned}
          onChange={(e) => {
            const checked = e.target.checked;
            set('followOnPlanned', checked);
            form.clearField('followOnBudgeted');
          }}
          errors={form.errors.followOnPlanned}
          data-testid="pilot-follow-on-planned"
        />
        <CheckboxField
          id="pilot-follow-on-budgeted"
          label={t('apply.followOnBudgeted')}
          hint={t('apply.followOnBudgetedHint')}
          checked={values.followOnBudgeted}
          onChange={(e) => {
            const checked = e.target.checked;
            set('followOnBudgeted', checked);
            form.clearField('followOnAmount');
          }}
          errors={form.errors.followOnBudgeted}
          data-testid="pilot-follow-on-budgeted"
        />
        <TextField
          id="pilot-follow-on-amount"
          inputMode="numeric"
          maxLength={20}
          label={t('apply.followOnAmount')}
          hint={t('apply.followOnAmountHint', { max: formatKrw(PRICE_MAX_KRW, language) })}
          required={values.followOnBudgeted}
          value={values.followOnAmount}
          onChange={(e) => set('followOnAmount', e.target.value)}
          errors={form.errors.followOnAmount}
          data-testid="pilot-follow-on-amount"
        />
      </fieldset>
      <button type="submit" className="button" data-testid="pilot-apply-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('apply.submitting') : t('apply.submit')}
      </button>
    </form>
  );
}
