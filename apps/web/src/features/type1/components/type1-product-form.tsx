import {
  CompanySize,
  normalizeBusinessNumber,
  type ProductView,
  type Type1ProductInput,
} from '@inno/contracts';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, TextField } from '../../../components/field';
import { ProductFields } from '../../../components/product-fields';
import { todayIso } from '../../../lib/format';
import { emptyProductValues, productFieldNames, toProductInput, validateProduct, type ProductFormValues } from '../../../lib/product-form';
import { useFormErrors } from '../../../lib/use-form-errors';
import { makeRules, validateFields, type Rule } from '../../../lib/validation';
import { useCreateType1Product } from '../api/create-type1-product';
import { useRuleSettings } from '../api/get-rule-settings';

/** Field names as the API names them in a 400's `details`. */
const COMPANY_FIELDS = ['company.name', 'company.businessNumber', 'company.size', 'company.region'] as const;
const DESIGNATION_FIELDS = ['designatingBody', 'certificateNumber', 'designatedOn'] as const;
type CompanyField = (typeof COMPANY_FIELDS)[number];
type DesignationField = (typeof DESIGNATION_FIELDS)[number];
type RecordField = CompanyField | DesignationField;

interface Values {
  record: Record<RecordField, string>;
  product: ProductFormValues;
}

const emptyValues = (): Values => ({
  record: {
    'company.name': '',
    'company.businessNumber': '',
    'company.size': '',
    'company.region': '',
    designatingBody: '',
    certificateNumber: '',
    designatedOn: '',
  },
  product: emptyProductValues(),
});

const fieldId = (field: string) => `type1-${field.replace(/\./g, '-')}`;

function toInput(values: Values): Type1ProductInput {
  const r = values.record;
  return {
    ...toProductInput(values.product),
    company: {
      name: r['company.name'].trim(),
      businessNumber: normalizeBusinessNumber(r['company.businessNumber']) ?? r['company.businessNumber'].trim(),
      size: r['company.size'] as CompanySize,
      region: r['company.region'].trim(),
    },
    designatingBody: r.designatingBody.trim(),
    certificateNumber: r.certificateNumber.trim(),
    designatedOn: r.designatedOn,
  };
}

/** One Type 1 product designated by a ministry, with its company (found or created by business number). */
export function Type1ProductForm({ onCreated }: { onCreated: (product: ProductView) => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(emptyValues);
  const known = useMemo(() => [...COMPANY_FIELDS, ...DESIGNATION_FIELDS, ...productFieldNames(values.product)], [values.product]);
  const form = useFormErrors(known);
  const rules = makeRules(t);
  const validityYears = useRuleSettings().data?.designation.validityYears;
  const mutation = useCreateType1Product({
    onSuccess: (product) => {
      setValues(emptyValues());
      onCreated(product);
    },
  });

  function update(field: RecordField, value: string) {
    setValues((previous) => ({ ...previous, record: { ...previous.record, [field]: value } }));
    form.clearField(field);
  }

  /** Checked as soon as the field is left, with the API's own rule. */
  function checkBusinessNumber() {
    const message = rules.businessNumber(values.record['company.businessNumber']);
    form.setErrors(({ 'company.businessNumber': _old, ...rest }) => (message ? { ...rest, 'company.businessNumber': [message] } : rest));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const chosen = (message: string): Rule => (value) => (value ? null : message);
    const pastDate: Rule = (value) =>
      rules.date(value) ?? (value > todayIso() ? t('validation.dateNotFuture') : null);
    const found = {
      ...validateFields(values.record, {
        'company.name': [rules.required, rules.minLength(2)],
        'company.businessNumber': [rules.required, rules.businessNumber],
        'company.size': [chosen(t('validation.chooseSize'))],
        'company.region': [rules.required, rules.minLength(2)],
        designatingBody: [rules.required],
        certificateNumber: [rules.required],
        designatedOn: [rules.required, pastDate],
      }),
      ...validateProduct(values.product, t, i18n.language),
    };
    if (!form.check(found)) return;
    mutation.mutate(toInput(values), { onError: (error) => form.fail(error) });
  }

  const text = (field: RecordField, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={fieldId(field)}
      name={field}
      label={label}
      value={values.record[field]}
      onChange={(e) => update(field, e.target.value)}
      errors={form.errors[field]}
      {...extra}
    />
  );

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="type1-title" data-testid="type1-form">
      <ErrorSummary form={form} />
      <fieldset className="fieldset">
        <legend>{t('type1.companyLegend')}</legend>
        <p className="field__hint">{t('type1.companyHint')}</p>
        {text('company.name', t('auth.signUp.companyName'), { required: true, maxLength: 200 })}
        {text('company.businessNumber', t('auth.signUp.businessNumber'), {
          required: true,
          inputMode: 'numeric',
          maxLength: 12,
          placeholder: '000-00-00000',
          hint: t('auth.signUp.businessNumberHint'),
          onBlur: () => {
            if (values.record['company.businessNumber'].trim()) checkBusinessNumber();
          },
        })}
        <SelectField
          id={fieldId('company.size')}
          name="company.size"
          label={t('auth.signUp.size')}
          required
          value={values.record['company.size']}
          onChange={(e) => update('company.size', e.target.value)}
          errors={form.errors['company.size']}
        >
          <option value="">{t('auth.signUp.sizePlaceholder')}</option>
          {Object.values(CompanySize).map((size) => (
            <option key={size} value={size}>
              {t(`companySize.${size}`)}
            </option>
          ))}
        </SelectField>
        {text('company.region', t('auth.signUp.region'), { required: true, maxLength: 40 })}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('type1.designationLegend')}</legend>
        {text('designatingBody', t('type1.designatingBody'), { required: true, maxLength: 100, hint: t('type1.designatingBodyHint') })}
        {text('certificateNumber', t('type1.certificateNumber'), { required: true, maxLength: 100 })}
        {text('designatedOn', t('type1.designatedOn'), {
          required: true,
          type: 'date',
          max: todayIso(),
          // The record runs under the rule settings of today; the hint waits for them.
          hint: validityYears ? t('type1.designatedOnHint', { years: validityYears }) : undefined,
        })}
      </fieldset>

      <ProductFields
        idPrefix="type1-product"
        values={values.product}
        errors={form.errors}
        onChange={(product, touched) => {
          setValues((previous) => ({ ...previous, product }));
          touched.forEach(form.clearField);
        }}
      />

      <button type="submit" className="button" data-testid="type1-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('type1.submitting') : t('type1.submit')}
      </button>
    </form>
  );
}
