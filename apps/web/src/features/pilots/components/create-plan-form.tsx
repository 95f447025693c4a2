import { PILOT_PLAN_RULES, ruleProblems, type PilotPlanInput, type PilotPlanView, type PilotRules } from '@inno/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { NumberField, TextField } from '../../../components/field';
import { formatKrw, formatNumber } from '../../../lib/format';
import { koreaLocalToIso, koreaWindowProblems } from '../../../lib/korea-time';
import { typedWholeNumber, useRulesForm } from '../../../lib/rules-form';
import { useCreatePilotPlan } from '../api/create-pilot-plan';
import { useRuleSettings } from '../api/get-rule-settings';
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

/** The body of POST /pilot-plans from what was typed (numbers unread are NaN, the window null until it is a date-time). */
function toPlanInput(values: PlanFormValues): PilotPlanInput {
  return {
    year: typedWholeNumber(values.year)!,
    title: values.title.trim(),
    budget: typedWholeNumber(values.budget)!,
    surveyOpensAt: koreaLocalToIso(values.surveyOpensAt)!,
    surveyClosesAt: koreaLocalToIso(values.surveyClosesAt)!,
    maxInstitutionsPerProduct: typedWholeNumber(values.maxInstitutionsPerProduct),
    maxAmountPerProduct: typedWholeNumber(values.maxAmountPerProduct),
    maxUsePeriodMonths: typedWholeNumber(values.maxUsePeriodMonths),
    repeatPilotThreshold: typedWholeNumber(values.repeatPilotThreshold),
  };
}

/** Budget, the demand survey's window in Korea time, the matching caps and the repeat-pilot threshold; checked by the API's rules (PILOT_PLAN_RULES). */
function PlanForm({ defaults }: { defaults: PilotRules }) {
  const { t, i18n } = usePilotsTranslation();
  const language = i18n.language;
  const [created, setCreated] = useState<PilotPlanView | null>(null);
  const form = useRulesForm<PlanFormValues>({
    defaultValues: emptyPlanValues(defaults),
    fields: FIELDS,
    check: (values) => {
      const times = koreaWindowProblems(values.surveyOpensAt, values.surveyClosesAt);
      return {
        ...ruleProblems(PILOT_PLAN_RULES, toPlanInput(values)),
        ...(times.start ? { surveyOpensAt: [t('errors.dateTime')] } : {}),
        ...(times.end ? { surveyClosesAt: [t(times.end === 'dateTime' ? 'errors.dateTime' : 'errors.closesBeforeOpens')] } : {}),
      };
    },
  });
  const mutation = useCreatePilotPlan();

  const onSubmit = form.submit((values) => {
    if (mutation.isPending) return;
    setCreated(null);
    mutation.mutate(toPlanInput(values), {
      onSuccess: (plan) => {
        setCreated(plan);
        form.hook.reset(emptyPlanValues(defaults));
      },
      onError: (error) => form.fail(error),
    });
  });

  const props = (name: keyof PlanFormValues) => ({ id: `plan-${name}`, label: t(`planForm.${name}`), required: true, ...form.field(name), 'data-testid': `plan-${name}` });

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
      <NumberField rule={PILOT_PLAN_RULES.year} {...props('year')} />
      <TextField maxLength={PILOT_PLAN_RULES.title.max} {...props('title')} />
      <NumberField won hint={t('planForm.budgetHint')} {...props('budget')} />
      <fieldset className="fieldset fieldset--inline">
        <legend>{t('planForm.window')}</legend>
        <TextField type="datetime-local" hint={t('planForm.koreaTimeHint')} {...props('surveyOpensAt')} />
        <TextField type="datetime-local" hint={t('planForm.koreaTimeHint')} {...props('surveyClosesAt')} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('planForm.caps')}</legend>
        <p className="field__hint">{t('planForm.capsHint')}</p>
        <NumberField
          rule={PILOT_PLAN_RULES.maxInstitutionsPerProduct}
          hint={t('planForm.defaultHint', { value: formatNumber(defaults.maxInstitutionsPerProduct, language) })}
          {...props('maxInstitutionsPerProduct')}
        />
        <NumberField won hint={t('planForm.defaultHint', { value: formatKrw(defaults.maxAmountPerProduct, language) })} {...props('maxAmountPerProduct')} />
        <NumberField
          rule={PILOT_PLAN_RULES.maxUsePeriodMonths}
          hint={t('planForm.defaultHint', { value: formatNumber(defaults.maxUsePeriodMonths, language) })}
          {...props('maxUsePeriodMonths')}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('planForm.repeat')}</legend>
        <p className="field__hint">{t('planForm.productsNote')}</p>
        <NumberField won hint={t('planForm.defaultHint', { value: formatKrw(defaults.repeatPilotThreshold, language) })} {...props('repeatPilotThreshold')} />
      </fieldset>
      <button type="submit" className="button" data-testid="plan-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('planForm.submitting') : t('planForm.submit')}
      </button>
    </form>
  );
}
