import { useTranslation } from 'react-i18next';
import type { DesignationRulesFormValues } from '../lib/designation-rules-form';
import type { FieldErrors } from '../lib/validation';
import { TextField } from './field';

/**
 * Edits a designation's rules (lib/designation-rules-form.ts): validity, extension terms, the
 * ceiling, the committee's trimming threshold and whether members vote after scoring.
 * `errorPrefix` is where the rules sit in the request (`rules.` in a call, `designation.` in the settings).
 */
export function DesignationRulesFields({ idPrefix, values, errors, errorPrefix = '', onChange }: {
  idPrefix: string;
  values: DesignationRulesFormValues;
  errors: FieldErrors;
  errorPrefix?: string;
  onChange: (values: DesignationRulesFormValues, touched: string[]) => void;
}) {
  const { t } = useTranslation('workflow');
  const set = <K extends keyof DesignationRulesFormValues>(field: K, value: DesignationRulesFormValues[K]) =>
    onChange({ ...values, [field]: value }, [`${errorPrefix}${field}`, ...(field === 'validityYears' ? [`${errorPrefix}maxTotalYears`] : [])]);
  const number = (field: 'validityYears' | 'maxTotalYears' | 'trimmedMeanMinSheets') => (
    <TextField
      id={`${idPrefix}-${field}`}
      type="number"
      inputMode="numeric"
      step={1}
      className="input--short"
      label={t(`designationRules.${field}`)}
      hint={t(`designationRules.${field}Hint`)}
      required
      value={values[field]}
      onChange={(e) => set(field, e.target.value)}
      errors={errors[`${errorPrefix}${field}`]}
      data-testid={`${idPrefix}-${field}`}
    />
  );
  return (
    <fieldset className="fieldset" data-testid={idPrefix}>
      <legend>{t('designationRules.legend')}</legend>
      <p className="field__hint">{t('designationRules.hint')}</p>
      {number('validityYears')}
      <TextField
        id={`${idPrefix}-extensionYears`}
        inputMode="numeric"
        label={t('designationRules.extensionYears')}
        hint={t('designationRules.extensionYearsHint')}
        value={values.extensionYears}
        onChange={(e) => set('extensionYears', e.target.value)}
        errors={errors[`${errorPrefix}extensionYears`]}
        data-testid={`${idPrefix}-extensionYears`}
      />
      {number('maxTotalYears')}
      {number('trimmedMeanMinSheets')}
      <div className="choice">
        <input
          type="checkbox"
          id={`${idPrefix}-committeeVote`}
          checked={values.committeeVote}
          aria-describedby={`${idPrefix}-committeeVote-hint`}
          onChange={(e) => set('committeeVote', e.target.checked)}
          data-testid={`${idPrefix}-committeeVote`}
        />
        <label htmlFor={`${idPrefix}-committeeVote`}>{t('designationRules.committeeVote')}</label>
      </div>
      <p id={`${idPrefix}-committeeVote-hint`} className="field__hint">
        {t('designationRules.committeeVoteHint')}
      </p>
    </fieldset>
  );
}
