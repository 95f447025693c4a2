import { INSTITUTION_RULES, InstitutionType, type InstitutionInput } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, TextField } from '../../../components/field';
import { isApiRequestError } from '../../../lib/api-client';
import { formatPercent } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { FieldErrors } from '../../../lib/validation';
import { INSTITUTION_FIELDS, invalidInstitutionFields, toInstitutionInput, type InstitutionFormValues } from './institution-values';
import { useInstitutionsTranslation } from './institutions-i18n';

interface InstitutionFormProps {
  initial: InstitutionFormValues;
  submitLabel: string;
  pending: boolean;
  /** Sends the input; rejects with the API's error, which the form shows. */
  onSubmit: (input: InstitutionInput) => Promise<unknown>;
}

/** An institution's fields, checked by the rules the API applies (libs/contracts) before they are sent. */
export function InstitutionForm({ initial, submitLabel, pending, onSubmit }: InstitutionFormProps) {
  const { t, i18n } = useInstitutionsTranslation();
  const { t: tApp } = useTranslation();
  const [values, setValues] = useState(initial);
  const form = useFormErrors(INSTITUTION_FIELDS);
  const r = INSTITUTION_RULES;

  const set = (field: keyof InstitutionFormValues, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearField(field === 'targetRatePercent' ? 'targetRate' : field);
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const input = toInstitutionInput(values);
    const found: FieldErrors = Object.fromEntries(
      invalidInstitutionFields(input).map((field) => [
        field,
        [
          t(`errors.${field}`, {
            max: r.codeMaxLength,
            min: r.nameLength[0],
            maxName: r.nameLength[1],
            maxSector: r.sectorLength[1],
            minRate: formatPercent(r.targetRateMin, i18n.language),
            maxRate: formatPercent(r.targetRateMax, i18n.language),
          }),
        ],
      ]),
    );
    if (!form.check(found)) return;
    onSubmit(input).catch((error: unknown) => {
      form.fail(error);
      if (isApiRequestError(error) && error.body.code === 'DUPLICATE_CODE') form.setErrors({ code: [t('errors.duplicateCode', { code: input.code })] });
    });
  }

  const text = (field: Exclude<keyof InstitutionFormValues, 'type'>, errorKey: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={`institution-${field}`}
      name={field}
      label={t(`form.${field}`)}
      required
      value={values[field]}
      onChange={(e) => set(field, e.target.value)}
      errors={form.errors[errorKey]}
      data-testid={`institution-${field}`}
      {...extra}
    />
  );

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="institution-form-title" data-testid="institution-form">
      <ErrorSummary form={form} />
      {text('code', 'code', { maxLength: r.codeMaxLength, autoComplete: 'off', hint: t('form.codeHint'), className: 'mono' })}
      {text('name', 'name', { maxLength: r.nameLength[1], lang: 'ko' })}
      {text('nameEn', 'nameEn', { maxLength: r.nameLength[1], lang: 'en' })}
      <SelectField
        id="institution-type"
        name="type"
        label={t('form.type')}
        required
        value={values.type}
        onChange={(e) => set('type', e.target.value)}
        errors={form.errors.type}
        data-testid="institution-type"
      >
        {Object.values(InstitutionType).map((type) => (
          <option key={type} value={type}>
            {tApp(`institutionType.${type}`)}
          </option>
        ))}
      </SelectField>
      {text('sector', 'sector', { maxLength: r.sectorLength[1], hint: t('form.sectorHint') })}
      {text('yearlyGoodsPurchases', 'yearlyGoodsPurchases', { inputMode: 'numeric', maxLength: 24, hint: t('form.yearlyGoodsPurchasesHint') })}
      {text('targetRatePercent', 'targetRate', {
        inputMode: 'decimal',
        maxLength: 6,
        hint: t('form.targetRateHint', { value: formatPercent(r.targetRateDefault, i18n.language) }),
      })}
      <button type="submit" className="button" data-testid="institution-submit" aria-disabled={pending || undefined}>
        {pending ? t('form.saving') : submitLabel}
      </button>
    </form>
  );
}
