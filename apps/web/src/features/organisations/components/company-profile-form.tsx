import { CompanySize, type CompanyProfileUpdate } from '@inno/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { useRulesForm } from '../../../lib/rules-form';
import { makeRules, parseLines, validateFields } from '../../../lib/validation';
import type { CompanyProfileView } from '../api/get-company';
import { useUpdateCompany } from '../api/update-company';

const FIELDS = ['name', 'size', 'region', 'address', 'representative', 'certifications'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

function valuesOf(company: CompanyProfileView): Values {
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
  const [unchanged, setUnchanged] = useState(false);
  const form = useRulesForm<Values>({
    defaultValues: valuesOf(company),
    fields: FIELDS,
    check: (values) => {
      const rules = makeRules(t);
      return validateFields(values, { name: [rules.required, rules.minLength(2)], size: [rules.required], region: [rules.required, rules.minLength(2)] });
    },
  });
  const mutation = useUpdateCompany({ onSuccess: onSaved });
  const { setFocus } = form.hook;

  useEffect(() => setFocus('name'), [setFocus]);

  const onSubmit = form.submit((values) => {
    if (mutation.isPending) return;
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
  });

  const label = (field: Field) => t(`organisations.${field === 'name' ? 'companyName' : field}`);

  return (
    <form className="form" noValidate onSubmit={onSubmit} onChange={() => setUnchanged(false)} aria-labelledby="company-form-title" data-testid="company-form">
      <h3 id="company-form-title">{t('organisations.editTitle')}</h3>
      <ErrorSummary form={form} />
      {unchanged ? <StatusMessage>{t('organisations.nothingChanged')}</StatusMessage> : null}
      <TextField id="company-name" label={label('name')} required maxLength={200} autoComplete="organization" {...form.field('name')} />
      <p className="field__hint">{t('organisations.businessNumberFixed', { number: company.businessNumber })}</p>
      <SelectField id="company-size" label={label('size')} required {...form.field('size')}>
        {Object.values(CompanySize).map((size) => (
          <option key={size} value={size}>
            {t(`companySize.${size}`)}
          </option>
        ))}
      </SelectField>
      <TextField id="company-region" label={label('region')} required maxLength={40} {...form.field('region')} />
      <TextField id="company-address" label={label('address')} maxLength={300} autoComplete="street-address" {...form.field('address')} />
      <TextField id="company-representative" label={label('representative')} maxLength={100} {...form.field('representative')} />
      <TextAreaField id="company-certifications" label={label('certifications')} hint={t('organisations.certificationsHint')} rows={3} {...form.field('certifications')} />
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
