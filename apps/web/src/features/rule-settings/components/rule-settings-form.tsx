import type { PilotRules, RuleSettingsView, ScoutingRules } from '@inno/contracts';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { CriteriaEditor } from '../../../components/criteria-editor';
import { DesignationRulesFields } from '../../../components/designation-rules-fields';
import { TextField } from '../../../components/field';
import { criteriaFieldNames, criteriaValuesFrom, toCriteriaSet, validateCriteria, type CriteriaFormValues } from '../../../lib/criteria-form';
import { DESIGNATION_RULE_FIELDS, designationRulesValuesFrom, toDesignationRules, validateDesignationRules, type DesignationRulesFormValues } from '../../../lib/designation-rules-form';
import { partSetter, useFormErrors } from '../../../lib/use-form-errors';
import type { FieldErrors } from '../../../lib/validation';
import { useUpdateRuleSettings } from '../api/update-rule-settings';

const PILOT_FIELDS = ['maxInstitutionsPerProduct', 'maxAmountPerProduct', 'maxUsePeriodMonths', 'repeatPilotThreshold'] as const satisfies readonly (keyof PilotRules)[];
const SCOUTING_FIELDS = ['nominationsPerScout', 'demoDayBudget', 'recommendedCount'] as const satisfies readonly (keyof ScoutingRules)[];

interface Values {
  criteria: CriteriaFormValues;
  designation: DesignationRulesFormValues;
  pilot: Record<keyof PilotRules, string>;
  maxIdeasPerMonth: string;
  concernAnswerDays: string;
  scouting: Record<keyof ScoutingRules, string>;
}

function valuesFrom(settings: RuleSettingsView): Values {
  return {
    criteria: criteriaValuesFrom(settings.criteria),
    designation: designationRulesValuesFrom(settings.designation),
    pilot: Object.fromEntries(PILOT_FIELDS.map((field) => [field, String(settings.pilot[field])])) as Values['pilot'],
    maxIdeasPerMonth: String(settings.ideas.maxSelectedPerMonth),
    concernAnswerDays: String(settings.observers.concernAnswerDays),
    scouting: Object.fromEntries(SCOUTING_FIELDS.map((field) => [field, String(settings.scouting[field])])) as Values['scouting'],
  };
}

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** The defaults an operator keeps: the criteria and pass marks, the designation rules, the pilot caps. */
export function RuleSettingsForm({ settings }: { settings: RuleSettingsView }) {
  const { t } = useTranslation('rule-settings');
  const { t: tw } = useTranslation('workflow');
  const [values, setValues] = useState(() => valuesFrom(settings));
  const [saved, setSaved] = useState(false);
  const known = useMemo(
    () => [
      'criteria',
      ...criteriaFieldNames(values.criteria, 'criteria.'),
      ...DESIGNATION_RULE_FIELDS.map((field) => `designation.${field}`),
      ...PILOT_FIELDS.map((field) => `pilot.${field}`),
      'ideas.maxSelectedPerMonth',
      'observers.concernAnswerDays',
      ...SCOUTING_FIELDS.map((field) => `scouting.${field}`),
    ],
    [values.criteria],
  );
  const form = useFormErrors(known);
  const mutation = useUpdateRuleSettings({ onSuccess: (next) => {
    setValues(valuesFrom(next));
    setSaved(true);
  } });

  function validate(): FieldErrors {
    const errors: FieldErrors = { ...validateCriteria(values.criteria, tw, 'criteria.'), ...validateDesignationRules(values.designation, tw, 'designation.') };
    for (const field of PILOT_FIELDS) {
      if (Number.isNaN(whole(values.pilot[field]))) errors[`pilot.${field}`] = [t('errors.whole')];
    }
    if (!(whole(values.maxIdeasPerMonth) >= 1)) errors['ideas.maxSelectedPerMonth'] = [t('errors.whole')];
    const answerDays = whole(values.concernAnswerDays);
    if (!(answerDays >= 1 && answerDays <= 90)) errors['observers.concernAnswerDays'] = [t('observers.range')];
    for (const field of SCOUTING_FIELDS) {
      if (Number.isNaN(whole(values.scouting[field]))) errors[`scouting.${field}`] = [t('errors.whole')];
    }
    return errors;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setSaved(false);
    if (!form.check(validate())) return;
    mutation.mutate(
      {
        criteria: toCriteriaSet(values.criteria),
        designation: toDesignationRules(values.designation),
        pilot: Object.fromEntries(PILOT_FIELDS.map((field) => [field, whole(values.pilot[field])])) as unknown as PilotRules,
        ideas: { maxSelectedPerMonth: whole(values.maxIdeasPerMonth) },
        observers: { concernAnswerDays: whole(values.concernAnswerDays) },
        scouting: Object.fromEntries(SCOUTING_FIELDS.map((field) => [field, whole(values.scouting[field])])) as unknown as ScoutingRules,
      },
      { onError: (error) => form.fail(error) },
    );
  }

  const setPart = partSetter(setValues, form.clearField);

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="rule-settings-form-title" data-testid="rule-settings-form">
      <h2 id="rule-settings-form-title">{t('form.title')}</h2>
      <p className="field__hint">{t('form.lead')}</p>
      <ErrorSummary form={form} />
      {saved ? <StatusMessage testId="rule-settings-saved">{t('form.saved')}</StatusMessage> : null}
      <CriteriaEditor
        idPrefix="settings-criteria"
        values={values.criteria}
        errors={form.errors}
        errorPrefix="criteria."
        onChange={setPart('criteria')}
      />
      <DesignationRulesFields
        idPrefix="settings-designation"
        values={values.designation}
        errors={form.errors}
        errorPrefix="designation."
        onChange={setPart('designation')}
      />
      <fieldset className="fieldset" data-testid="settings-pilot">
        <legend>{t('pilot.legend')}</legend>
        {PILOT_FIELDS.map((field) => (
          <TextField
            key={field}
            id={`settings-pilot-${field}`}
            type="number"
            inputMode="numeric"
            step={1}
            min={0}
            label={t(`pilot.${field}`)}
            required
            value={values.pilot[field]}
            onChange={(e) => {
              const value = e.target.value;
              setValues((previous) => ({ ...previous, pilot: { ...previous.pilot, [field]: value } }));
              form.clearField(`pilot.${field}`);
            }}
            errors={form.errors[`pilot.${field}`]}
            data-testid={`settings-pilot-${field}`}
          />
        ))}
      </fieldset>
      <fieldset className="fieldset" data-testid="settings-ideas">
        <legend>{t('ideas.legend')}</legend>
        <TextField
          id="settings-ideas-maxSelectedPerMonth"
          type="number"
          inputMode="numeric"
          step={1}
          min={1}
          label={t('ideas.maxSelectedPerMonth')}
          required
          value={values.maxIdeasPerMonth}
          onChange={(e) => {
            const value = e.target.value;
            setValues((previous) => ({ ...previous, maxIdeasPerMonth: value }));
            form.clearField('ideas.maxSelectedPerMonth');
          }}
          errors={form.errors['ideas.maxSelectedPerMonth']}
        />
      </fieldset>
      <fieldset className="fieldset" data-testid="settings-observers">
        <legend>{t('observers.legend')}</legend>
        <TextField
          id="settings-observers-concernAnswerDays"
          type="number"
          inputMode="numeric"
          step={1}
          min={1}
          max={90}
          label={t('observers.concernAnswerDays')}
          hint={t('observers.hint')}
          required
          value={values.concernAnswerDays}
          onChange={(e) => {
            const value = e.target.value;
            setValues((previous) => ({ ...previous, concernAnswerDays: value }));
            form.clearField('observers.concernAnswerDays');
          }}
          errors={form.errors['observers.concernAnswerDays']}
          data-testid="settings-observers-concernAnswerDays"
        />
      </fieldset>
      <fieldset className="fieldset" data-testid="settings-scouting">
        <legend>{t('scouting.legend')}</legend>
        {SCOUTING_FIELDS.map((field) => (
          <TextField
            key={field}
            id={`settings-scouting-${field}`}
            type="number"
            inputMode="numeric"
            step={1}
            min={1}
            label={t(`scouting.${field}`)}
            required
            value={values.scouting[field]}
            onChange={(e) => {
              const value = e.target.value;
              setValues((previous) => ({ ...previous, scouting: { ...previous.scouting, [field]: value } }));
              form.clearField(`scouting.${field}`);
            }}
            errors={form.errors[`scouting.${field}`]}
            data-testid={`settings-scouting-${field}`}
          />
        ))}
      </fieldset>
      {form.errors.criteria?.length ? (
        <div className="field__error" role="alert">
          {form.errors.criteria.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
      <button type="submit" className="button" data-testid="rule-settings-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('form.saving') : t('form.save')}
      </button>
    </form>
  );
}
