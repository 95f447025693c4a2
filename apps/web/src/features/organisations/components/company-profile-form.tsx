import { CompanySize, type CompanyProfileUpdate } from '@inno/contracts';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { makeRules, parseLines, validateFields } from '../../../lib/validation';
import type { CompanyProfileView } from '../api/get-company';
import { useUpdateCompany } from '../api/update-company';

const FIELDS = ['name', 'size', 'region', 'address', 'representative', 'certifications'] as const;
type Field = (typeof FIELDS)[number];

function valuesOf(company: CompanyProfileView): Record<Field, string> {
  return {
    name: company.name,
    size: company.size,
    region: company.region,
    address: company.address ?? '',
    representative: company.representative ?? '',
    certifications: (company.certifications ?? []).join('\n'),
  };
}

/** The company administrator edits the profile; the business number is fixed. */
export function CompanyProfileForm({ company, onSaved, onCancel }: {
  company: CompanyProfileView;
  onSaved: (company: CompanyProfileView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => valuesOf(company));
  const [unchanged, setUnchanged] = useState(false);
  const form = useFormErrors(FIELDS);
  const mutation = useUpdateCompany({ onSuccess: onSaved });
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => firstField.current?.focus(), []);

  function update(field: Field, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearField(field);
    setUnchanged(false);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const rules = makeRules(t);
    const found = validateFields(values, {
      name: [rules.required, rules.minLength(2)],
      size: [rules.required],
      region: [rules.required, rules.minLength(2)],
    });
    if (!form.check(found)) return;
    const before = valuesOf(company);
    const changes: CompanyProfileUpdate = {};
    if (values.name.trim() !== before.name) changes.name = values.name.trim();
    if (values.size !== before.size) changes.size = values.size as CompanySize;
    if (values.region.trim() !== before.region) changes.region = values.region.trim();
    if (values.address.trim() !== before.address) changes.address = values.address.trim();
    if (values.representative.trim() !== before.representative) changes.representative = values.representative.trim();
    const certifications = parseLines(values.certifications);
    if (certifications.join('\n') !== before.certifications) changes.certifications = certifications;
    if (Object.keys(changes).length === 0) {
      setUnchanged(true);
      return;
    }
    mutation.mutate({ id: company.id, changes }, { onError: (error) => form.fail(error) });
  }

  const text = (field: Exclude<Field, 'size' | 'certifications'>, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={`company-${field}`}
      name={field}
      label={t(`organisations.${field === 'name' ? 'companyName' : field}`)}
      value={values[field]}
      onChange={(e) => update(field, e.target.value)}
      errors={form.errors[field]}
      {...extra}
    />
  );

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="company-form-title" data-testid="company-form">
      <h3 id="company-form-title">{t('organisations.editTitle')}</h3>
      <ErrorSummary form={form} />
      {unchanged ? <StatusMessage>{t('organisations.nothingChanged')}</StatusMessage> : null}
      {text('name', { required: true, maxLength: 200, autoComplete: 'organization', ref: firstField })}
      <p className="field__hint">{t('organisations.businessNumberFixed', { number: company.businessNumber })}</p>
      <SelectField
        id="company-size"
        name="size"
        label={t('organisations.size')}
        required
        value={values.size}
        onChange={(e) => update('size', e.target.value)}
        errors={form.errors.size}
      >
        {Object.values(CompanySize).map((size) => (
          <option key={size} value={size}>
            {t(`companySize.${size}`)}
          </option>
        ))}
      </SelectField>
      {text('region', { required: true, maxLength: 40 })}
      {text('address', { maxLength: 300, autoComplete: 'street-address' })}
      {text('representative', { maxLength: 100 })}
      <TextAreaField
        id="company-certifications"
        name="certifications"
        label={t('organisations.certifications')}
        hint={t('organisations.certificationsHint')}
        rows={3}
        value={values.certifications}
        onChange={(e) => update('certifications', e.target.value)}
        errors={form.errors.certifications}
      />
      <div className="button-row">
        <button type="submit" className="button" data-testid="company-save" aria-disabled={mutation.isPending || undefined}>
          {mutation.isPending ? t('organisations.saving') : t('organisations.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('organisations.cancel')}
        </button>
      </div>
    </form>
  );
}
