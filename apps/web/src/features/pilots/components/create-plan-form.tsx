import { PRICE_MAX_KRW, type PilotPlanInput, type PilotPlanView, type PilotRules } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/field';
import { formatKrw, formatNumber } from '../../../lib/format';
import { koreaLocalToIso } from '../../../lib/korea-time';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { FieldErrors } from '../../../lib/validation';
import { useCreatePilotPlan } from '../api/create-pilot-plan';
import { useRuleSettings } from '../api/get-rule-settings';
import { digitsOf } from './pilot-application-values';
import { usePilotsTranslation } from './pilots-i18n';

interface PlanFormValues {
  year: string;
  title: string;
  budget: string;
  /** datetime-local values, read as Korea time. */
  surveyOpensAt: string;
  surveyClosesAt: string;
  maxInstitutionsPerProduct: string;
  maxAmountPerProduct: string;
  maxUsePeriodMonths: string;
  repeatPilotThreshold: string;
}

const FIELDS = [
  'year',
  'title',
  'budget',
  'surveyOpensAt',
  'surveyClosesAt',
  'maxInstitutionsPerProduct',
  'maxAmountPerProduct',
  'maxUsePeriodMonths',
  'repeatPilotThreshold',
  'productIds',
] as const;

/** The API's limits (apps/api PilotPlanDto). */
const LIMITS = {
  year: { min: 2020, max: 2100 },
  budget: { min: 1, max: PRICE_MAX_KRW * 10 },
  maxInstitutionsPerProduct: { min: 1, max: 100 },
  maxAmountPerProduct: { min: 1, max: PRICE_MAX_KRW },
  maxUsePeriodMonths: { min: 1, max: 36 },
  repeatPilotThreshold: { min: 0, max: PRICE_MAX_KRW },
} as const;

/** A new plan starts from the rule settings as the operator last set them (GET /rule-settings). */
export function emptyPlanValues(defaults: PilotRules, now: Date = new Date()): PlanFormValues {
  return {
    year: String(now.getFullYear()),
    title: '',
    budget: '',
    surveyOpensAt: '',
    surveyClosesAt: '',
    maxInstitutionsPerProduct: String(defaults.maxInstitutionsPerProduct),
    maxAmountPerProduct: String(defaults.maxAmountPerProduct),
    maxUsePeriodMonths: String(defaults.maxUsePeriodMonths),
    repeatPilotThreshold: String(defaults.repeatPilotThreshold),
  };
}

/** The operator's new yearly plan, once the rule settings it starts from are here. */
export function CreatePlanForm() {
  const { t } = usePilotsTranslation();
  const settings = useRuleSettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) {
    return (
      <>
        <h2>{t('planForm.heading')}</h2>
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      </>
    );
  }
  return <PlanForm defaults={settings.data.pilot} />;
}

/** Budget, the demand survey's window in Korea time, the matching caps and the repeat-pilot threshold. */
function PlanForm({ defaults }: { defaults: PilotRules }) {
  const { t, i18n } = usePilotsTranslation();
  const language = i18n.language;
  const [values, setValues] = useState(() => emptyPlanValues(defaults));
  const [created, setCreated] = useState<PilotPlanView | null>(null);
  const form = useFormErrors(FIELDS);
  const mutation = useCreatePilotPlan();

  const set = (field: keyof PlanFormValues, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearField(field);
  };

  const whole = (value: string) => (/^\d+$/.test(digitsOf(value)) ? Number(digitsOf(value)) : null);

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    const required = [t('errors.required')];
    const number = (field: keyof typeof LIMITS, format: (n: number) => string = (n) => formatNumber(n, language)) => {
      const { min, max } = LIMITS[field];
      const value = whole(values[field]);
      if (!values[field].trim()) errors[field] = required;
      else if (value === null || value < min || value > max) errors[field] = [t('errors.range', { min: format(min), max: format(max) })];
    };
    number('year', String);
    const title = values.title.trim();
    if (!title) errors.title = required;
    else if (title.length < 2) errors.title = [t('errors.minLength', { min: 2 })];
    number('budget', (n) => formatKrw(n, language));
    const opens = koreaLocalToIso(values.surveyOpensAt);
    const closes = koreaLocalToIso(values.surveyClosesAt);
    if (!opens) errors.surveyOpensAt = [t('errors.dateTime')];
    if (!closes) errors.surveyClosesAt = [t('errors.dateTime')];
    if (opens && closes && new Date(closes) <= new Date(opens)) errors.surveyClosesAt = [t('errors.closesBeforeOpens')];
    number('maxInstitutionsPerProduct');
    number('maxAmountPerProduct', (n) => formatKrw(n, language));
    number('maxUsePeriodMonths');
    number('repeatPilotThreshold', (n) => formatKrw(n, language));
    return errors;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setCreated(null);
    if (!form.check(validate())) return;
    const body: PilotPlanInput = {
      year: whole(values.year)!,
      title: values.title.trim(),
      budget: whole(values.budget)!,
      surveyOpensAt: koreaLocalToIso(values.surveyOpensAt)!,
      surveyClosesAt: koreaLocalToIso(values.surveyClosesAt)!,
      maxInstitutionsPerProduct: whole(values.maxInstitutionsPerProduct)!,
      maxAmountPerProduct: whole(values.maxAmountPerProduct)!,
      maxUsePeriodMonths: whole(values.maxUsePeriodMonths)!,
      repeatPilotThreshold: whole(values.repeatPilotThreshold)!,
    };
    mutation.mutate(body, {
      onSuccess: (plan) => {
        setCreated(plan);
        setValues(emptyPlanValues(defaults));
      },
      onError: (error) => form.fail(error),
    });
  }

  const field = (name: keyof PlanFormValues, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={`plan-${name}`}
      label={t(`planForm.${name}`)}
      required
      value={values[name]}
      onChange={(e) => set(name, e.target.value)}
      errors={form.errors[name]}
      data-testid={`plan-${name}`}
      {...extra}
    />
  );

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="plan-form-title" data-testid="plan-form">
      <h2 id="plan-form-title">{t('planForm.heading')}</h2>
      <p className="field__hint">{t('planForm.lead')}</p>
      <ErrorSummary form={form} />
      {created ? (
        <StatusMessage testId="plan-created">
          {t('planForm.created', { title: created.title })} <Link to={`/operator/pilot-plans/${created.id}`}>{t('planForm.viewPlan')}</Link>
        </StatusMessage>
      ) : null}
      {field('year', { type: 'number', inputMode: 'numeric', min: LIMITS.year.min, max: LIMITS.year.max })}
      {field('title', { maxLength: 200 })}
      {field('budget', { inputMode: 'numeric', maxLength: 20, hint: t('planForm.budgetHint') })}
      <fieldset className="fieldset fieldset--inline">
        <legend>{t('planForm.window')}</legend>
        {field('surveyOpensAt', { type: 'datetime-local', hint: t('planForm.koreaTimeHint') })}
        {field('surveyClosesAt', { type: 'datetime-local', hint: t('planForm.koreaTimeHint') })}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('planForm.caps')}</legend>
        <p className="field__hint">{t('planForm.capsHint')}</p>
        {field('maxInstitutionsPerProduct', {
          type: 'number',
          inputMode: 'numeric',
          min: LIMITS.maxInstitutionsPerProduct.min,
          max: LIMITS.maxInstitutionsPerProduct.max,
          hint: t('planForm.defaultHint', { value: formatNumber(defaults.maxInstitutionsPerProduct, language) }),
        })}
        {field('maxAmountPerProduct', {
          inputMode: 'numeric',
          maxLength: 20,
          hint: t('planForm.defaultHint', { value: formatKrw(defaults.maxAmountPerProduct, language) }),
        })}
        {field('maxUsePeriodMonths', {
          type: 'number',
          inputMode: 'numeric',
          min: LIMITS.maxUsePeriodMonths.min,
          max: LIMITS.maxUsePeriodMonths.max,
          hint: t('planForm.defaultHint', { value: formatNumber(defaults.maxUsePeriodMonths, language) }),
        })}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('planForm.repeat')}</legend>
        <p className="field__hint">{t('planForm.productsNote')}</p>
        {field('repeatPilotThreshold', {
          inputMode: 'numeric',
          maxLength: 20,
          hint: t('planForm.defaultHint', { value: formatKrw(defaults.repeatPilotThreshold, language) }),
        })}
      </fieldset>
      <button type="submit" className="button" data-testid="plan-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('planForm.submitting') : t('planForm.submit')}
      </button>
    </form>
  );
}
