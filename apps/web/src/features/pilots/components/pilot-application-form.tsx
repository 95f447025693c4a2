import { PILOT_APPLICATION_RULES as RULES, PRICE_MAX_KRW, type PilotPlanView, type PilotView } from '@inno/contracts';
import { ErrorSummary } from '../../../components/error-summary';
import { CheckboxField, NumberField, TextAreaField, TextField } from '../../../components/field';
import { formatKrw } from '../../../lib/format';
import { useRulesForm } from '../../../lib/rules-form';
import { useApplyForPilot } from '../api/apply-for-pilot';
import { APPLICATION_FIELDS, applicationProblems, emptyApplicationValues, toApplicationInput, type PilotApplicationValues } from './pilot-application-values';
import { usePilotsTranslation } from './pilots-i18n';

/**
 * The institution's application for one product of a plan: how many, for how much,
 * what for, where and for how long, any follow-on purchase, and why it is needed.
 * Checked here by the API's own rules (libs/contracts) first; the API's 400 `detailCodes` show beside their fields, a 409 above.
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
  const form = useRulesForm<PilotApplicationValues>({
    defaultValues: emptyApplicationValues(plan.maxUsePeriodMonths),
    fields: APPLICATION_FIELDS,
    check: (values) => applicationProblems(values, plan),
  });
  const mutation = useApplyForPilot();
  const onSubmit = form.submit((values) => {
    if (mutation.isPending) return;
    mutation.mutate(toApplicationInput(plan.id, productId, values), { onSuccess: onApplied, onError: (error) => form.fail(error) });
  });
  const { field } = form;

  const quantity = Number(form.hook.watch('quantity'));
  const followOnBudgeted = form.hook.watch('followOnBudgeted');
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
        <NumberField id="pilot-quantity" rule={RULES.quantity} label={t('apply.quantity')} required {...field('quantity')} data-testid="pilot-quantity" />
        <NumberField id="pilot-amount" won label={t('apply.amount')} hint={amountHint} required {...field('amount')} data-testid="pilot-amount" />
        <NumberField
          id="pilot-use-period"
          rule={{ ...RULES.usePeriodMonths, max: plan.maxUsePeriodMonths }}
          label={t('apply.usePeriod')}
          hint={t('apply.usePeriodHint', { max: plan.maxUsePeriodMonths })}
          required
          {...field('usePeriodMonths')}
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
          maxLength={RULES.intendedUse.max}
          {...field('intendedUse')}
          data-testid="pilot-intended-use"
        />
        <TextField id="pilot-place" label={t('apply.place')} hint={t('apply.placeHint')} required maxLength={RULES.place.max} {...field('place')} data-testid="pilot-place" />
        <TextAreaField id="pilot-need" label={t('apply.need')} hint={t('apply.needHint')} required rows={4} maxLength={RULES.need.max} {...field('need')} data-testid="pilot-need" />
      </fieldset>
      <fieldset className="fieldset" aria-describedby="pilot-follow-on-hint">
        <legend>{t('apply.followOnLegend')}</legend>
        <p id="pilot-follow-on-hint" className="field__hint">
          {t('apply.followOnHint')}
        </p>
        <CheckboxField
          id="pilot-follow-on-planned"
          label={t('apply.followOnPlanned')}
          {...field('followOnPlanned', ['followOnBudgeted'])}
          data-testid="pilot-follow-on-planned"
        />
        <CheckboxField
          id="pilot-follow-on-budgeted"
          label={t('apply.followOnBudgeted')}
          hint={t('apply.followOnBudgetedHint')}
          {...field('followOnBudgeted', ['followOnAmount'])}
          data-testid="pilot-follow-on-budgeted"
        />
        <NumberField
          id="pilot-follow-on-amount"
          won
          label={t('apply.followOnAmount')}
          hint={t('apply.followOnAmountHint', { max: formatKrw(PRICE_MAX_KRW, language) })}
          required={followOnBudgeted}
          {...field('followOnAmount')}
          data-testid="pilot-follow-on-amount"
        />
      </fieldset>
      <button type="submit" className="button" data-testid="pilot-apply-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('apply.submitting') : t('apply.submit')}
      </button>
    </form>
  );
}
