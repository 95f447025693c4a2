import { CallKind, ChallengeSelection, type CallView, type RuleSettings } from '@inno/contracts';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRuleSettings } from '../../../api/get-rule-settings';
import { Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { CriteriaEditor } from '../../../components/criteria-editor';
import { DesignationRulesFields } from '../../../components/designation-rules-fields';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { KoreaTimeWindowFields } from '../../../components/korea-time-window';
import { criteriaFieldNames, criteriaValuesFrom, toCriteriaSet, validateCriteria, type CriteriaFormValues } from '../../../lib/criteria-form';
import { DESIGNATION_RULE_FIELDS, designationRulesValuesFrom, toDesignationRules, validateDesignationRules, type DesignationRulesFormValues } from '../../../lib/designation-rules-form';
import { koreaLocalToIso, koreaWindowProblems } from '../../../lib/korea-time';
import { partSetter, useFormErrors } from '../../../lib/use-form-errors';
import type { FieldErrors } from '../../../lib/validation';
import { useCreateCall } from '../api/create-call';
import { SubAreaPicker } from './sub-area-picker';

interface CallFormValues {
  title: string;
  kind: CallKind;
  description: string;
  subAreas: string[];
  /** datetime-local values, read as Korea time. */
  opensAt: string;
  closesAt: string;
  criteria: CriteriaFormValues;
  rules: DesignationRulesFormValues;
  /** A call for challenges only: who selects them. */
  challengeSelection: ChallengeSelection;
}

const FIELDS = ['title', 'kind', 'description', 'subAreas', 'opensAt', 'closesAt', 'criteria', 'rules', 'challengeSelection', ...DESIGNATION_RULE_FIELDS.map((field) => `rules.${field}`)] as const;

/** A blank call with the rule settings in force: their criteria and designation rules, which the operator may change for this call. */
function emptyValues(defaults: RuleSettings): CallFormValues {
  return {
    title: '',
    kind: CallKind.SUPPLIER_PROPOSAL,
    description: '',
    subAreas: [],
    opensAt: '',
    closesAt: '',
    criteria: criteriaValuesFrom(defaults.criteria),
    rules: designationRulesValuesFrom(defaults.designation),
    challengeSelection: ChallengeSelection.OPERATOR,
  };
}

/** The operator's new call, prefilled from the rule settings. */
export function CallForm() {
  const settings = useRuleSettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  return <CallFormFields defaults={settings.data} />;
}

/** What the call is, the sub-areas it is open to, its window in Korea time, its criteria and its designation rules. */
function CallFormFields({ defaults }: { defaults: RuleSettings }) {
  const { t: tw } = useTranslation('workflow');
  const { t } = useTranslation(['calls', 'workflow']);
  const [values, setValues] = useState(() => emptyValues(defaults));
  const [created, setCreated] = useState<CallView | null>(null);
  const known = useMemo(() => [...FIELDS, ...criteriaFieldNames(values.criteria, 'criteria.')], [values.criteria]);
  const form = useFormErrors(known);
  const mutation = useCreateCall({
    onSuccess: (call) => {
      setCreated(call);
      setValues(emptyValues(defaults));
    },
  });

  const set = <K extends keyof CallFormValues>(field: K, value: CallFormValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearField(field);
  };

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    const required = t('form.errors.required');
    if (values.title.trim().length < 2) errors.title = [values.title.trim() ? t('form.errors.titleLength') : required];
    if (!values.description.trim()) errors.description = [required];
    if (values.subAreas.length === 0) errors.subAreas = [t('form.errors.subAreas')];
    const times = koreaWindowProblems(values.opensAt, values.closesAt);
    if (times.start) errors.opensAt = [t('form.errors.dateTime')];
    if (times.end) errors.closesAt = [t(times.end === 'dateTime' ? 'form.errors.dateTime' : 'form.errors.closesBeforeOpens')];
    return { ...errors, ...validateCriteria(values.criteria, tw, 'criteria.'), ...validateDesignationRules(values.rules, tw, 'rules.') };
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setCreated(null);
    if (!form.check(validate())) return;
    mutation.mutate(
      {
        title: values.title.trim(),
        kind: values.kind,
        description: values.description.trim(),
        subAreas: values.subAreas,
        opensAt: koreaLocalToIso(values.opensAt)!,
        closesAt: koreaLocalToIso(values.closesAt)!,
        criteria: toCriteriaSet(values.criteria),
        rules: toDesignationRules(values.rules),
        ...(values.kind === CallKind.CALL_FOR_CHALLENGES ? { challengeSelection: values.challengeSelection } : {}),
      },
      { onError: (error) => form.fail(error) },
    );
  }

  const setPart = partSetter(setValues, form.clearField);

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="call-form-title" data-testid="call-form">
      <h2 id="call-form-title">{t('form.title')}</h2>
      <ErrorSummary form={form} />
      {created ? (
        <StatusMessage testId="call-created">
          {t('form.created', { title: created.title })} <Link to={`/calls/${created.id}`}>{t('form.viewCall')}</Link>
        </StatusMessage>
      ) : null}
      <TextField
        id="call-title"
        label={t('form.name')}
        required
        maxLength={200}
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
        errors={form.errors.title}
      />
      <SelectField id="call-kind" label={t('form.kind')} required value={values.kind} onChange={(e) => set('kind', e.target.value as CallKind)} errors={form.errors.kind}>
        {Object.values(CallKind).map((kind) => (
          <option key={kind} value={kind}>
            {t(`workflow:callKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      {values.kind === CallKind.CALL_FOR_CHALLENGES ? (
        <fieldset className="fieldset" aria-describedby="call-challengeSelection-hint" data-testid="call-challenge-selection">
          <legend>{t('form.challengeSelection')}</legend>
          <p id="call-challengeSelection-hint" className="field__hint">
            {t('form.challengeSelectionHint')}
          </p>
          <div className="choice-list" role="radiogroup" aria-label={t('form.challengeSelection')}>
            {Object.values(ChallengeSelection).map((selection) => (
              <div key={selection} className="choice">
                <input
                  type="radio"
                  id={`call-challengeSelection-${selection}`}
                  name="call-challengeSelection"
                  value={selection}
                  checked={values.challengeSelection === selection}
                  onChange={() => set('challengeSelection', selection)}
                />
                <label htmlFor={`call-challengeSelection-${selection}`}>{t(`workflow:challengeSelection.${selection}`)}</label>
              </div>
            ))}
          </div>
          <GroupErrors messages={form.errors.challengeSelection} />
        </fieldset>
      ) : null}
      <TextAreaField
        id="call-description"
        label={t('form.description')}
        required
        rows={5}
        maxLength={5000}
        value={values.description}
        onChange={(e) => set('description', e.target.value)}
        errors={form.errors.description}
      />
      <SubAreaPicker idPrefix="call-subArea" value={values.subAreas} onChange={(codes) => set('subAreas', codes)} errors={form.errors.subAreas} />
      <KoreaTimeWindowFields
        legend={t('form.window')}
        hint={t('form.koreaTimeHint')}
        start={{ id: 'call-opensAt', label: t('form.opensAt'), value: values.opensAt, onChange: (value) => set('opensAt', value), errors: form.errors.opensAt }}
        end={{ id: 'call-closesAt', label: t('form.closesAt'), value: values.closesAt, onChange: (value) => set('closesAt', value), errors: form.errors.closesAt }}
      />
      <CriteriaEditor
        idPrefix="call-criteria"
        values={values.criteria}
        errors={form.errors}
        errorPrefix="criteria."
        onChange={setPart('criteria')}
      />
      <DesignationRulesFields
        idPrefix="call-rules"
        values={values.rules}
        errors={form.errors}
        errorPrefix="rules."
        onChange={setPart('rules')}
      />
      <GroupErrors messages={form.errors.criteria} />
      <button type="submit" className="button" data-testid="call-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('form.submitting') : t('form.submit')}
      </button>
    </form>
  );
}

/** Errors about a group of fields as a whole, under the group. */
function GroupErrors({ messages }: { messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <div className="field__error" role="alert">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
