import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../lib/validation';
import {
  newPatentRow,
  PATENT_FIELDS,
  TRL_LEVELS,
  type PatentField,
  type PatentRow,
  type ProductField,
  type ProductFormValues,
} from '../lib/product-form';
import { CategorySelect } from './category-select';
import { SelectField, TextAreaField, TextField } from './field';

/**
 * The fields of a ProductInput (see lib/product-form.ts), used by the
 * supplier's product form and the operator's Type 1 form.
 */
export function ProductFields({ idPrefix, values, errors, onChange }: {
  idPrefix: string;
  values: ProductFormValues;
  errors: FieldErrors;
  /** The new values and the fields whose errors are now stale. */
  onChange: (values: ProductFormValues, touched: string[]) => void;
}) {
  const { t } = useTranslation();
  const id = (field: string) => `${idPrefix}-${field.replace(/\./g, '-')}`;
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const rowInputs = useRef(new Map<string, HTMLInputElement>());

  // A new patent row takes the focus; after a removal the focus goes back to "add".
  useEffect(() => {
    if (!focusRow) return;
    (focusRow === 'add' ? addButton.current : rowInputs.current.get(focusRow))?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const setField = (field: ProductField, value: string) =>
    onChange({ ...values, fields: { ...values.fields, [field]: value } }, [field]);

  const setPatent = (index: number, field: PatentField, value: string) =>
    onChange(
      { ...values, patents: values.patents.map((row, i) => (i === index ? { ...row, [field]: value } : row)) },
      [`patents.${index}.${field}`],
    );

  const addPatent = () => {
    const row = newPatentRow();
    onChange({ ...values, patents: [...values.patents, row] }, ['patents']);
    setFocusRow(row.key);
  };

  const removePatent = (index: number) => {
    // Rows after the removed one move up: their errors no longer match their index.
    const stale = values.patents.slice(index).flatMap((_row, offset) => PATENT_FIELDS.map((f) => `patents.${index + offset}.${f}`));
    onChange({ ...values, patents: values.patents.filter((_row, i) => i !== index) }, ['patents', ...stale]);
    setFocusRow('add');
  };

  const text = (field: ProductField, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={id(field)}
      name={field}
      label={t(`productForm.${field}`)}
      value={values.fields[field]}
      onChange={(e) => setField(field, e.target.value)}
      errors={errors[field]}
      {...extra}
    />
  );

  const patentLabels: Record<PatentField, string> = {
    number: t('productForm.patentNumber'),
    title: t('productForm.patentTitle'),
    expiresOn: t('productForm.patentExpiresOn'),
  };

  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('productForm.productLegend')}</legend>
        {text('nameKo', { required: true, maxLength: 200, lang: 'ko' })}
        {text('nameEn', { required: true, maxLength: 200, lang: 'en' })}
        {text('modelName', { required: true, maxLength: 100 })}
        <TextAreaField
          id={id('description')}
          name="description"
          label={t('productForm.description')}
          required
          rows={5}
          maxLength={5000}
          value={values.fields.description}
          onChange={(e) => setField('description', e.target.value)}
          errors={errors.description}
        />
        <CategorySelect
          id={id('categoryCode')}
          name="categoryCode"
          required
          value={values.fields.categoryCode}
          onChange={(code) => setField('categoryCode', code)}
          errors={errors.categoryCode}
        />
        <SelectField
          id={id('trl')}
          name="trl"
          label={t('productForm.trl')}
          hint={t('productForm.trlHint')}
          required
          value={values.fields.trl}
          onChange={(e) => setField('trl', e.target.value)}
          errors={errors.trl}
        >
          <option value="">{t('productForm.trlPlaceholder')}</option>
          {TRL_LEVELS.map((level) => (
            <option key={level} value={String(level)}>
              {t('productForm.trlOption', { level })}
            </option>
          ))}
        </SelectField>
        {text('region', { required: true, maxLength: 40, hint: t('productForm.regionHint') })}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('productForm.tradeLegend')}</legend>
        {text('goodsClassNo', { required: true, inputMode: 'numeric', maxLength: 8, hint: t('productForm.goodsClassNoHint') })}
        {text('detailItemNo', { required: true, inputMode: 'numeric', maxLength: 10, hint: t('productForm.detailItemNoHint') })}
        {text('tradingUnit', { required: true, maxLength: 20, hint: t('productForm.tradingUnitHint') })}
        {text('askingPrice', { required: true, inputMode: 'numeric', maxLength: 20, hint: t('productForm.askingPriceHint') })}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('productForm.proofLegend')}</legend>
        <TextAreaField
          id={id('certifications')}
          name="certifications"
          label={t('productForm.certifications')}
          hint={t('productForm.certificationsHint')}
          rows={3}
          value={values.fields.certifications}
          onChange={(e) => setField('certifications', e.target.value)}
          errors={errors.certifications}
        />
        <div className="patents" data-testid={`${idPrefix}-patents`}>
          <p className="patents__title">{t('productForm.patents')}</p>
          {values.patents.length === 0 ? <p className="muted">{t('productForm.noPatents')}</p> : null}
          {values.patents.map((row: PatentRow, index) => (
            <fieldset key={row.key} className="fieldset fieldset--inline patent-row" data-testid={`${idPrefix}-patent-${index}`}>
              <legend>{t('productForm.patentLegend', { n: index + 1 })}</legend>
              {PATENT_FIELDS.map((field) => (
                <TextField
                  key={field}
                  id={id(`patents.${index}.${field}`)}
                  name={`patents.${index}.${field}`}
                  type={field === 'expiresOn' ? 'date' : 'text'}
                  label={patentLabels[field]}
                  required
                  maxLength={field === 'title' ? 200 : 40}
                  value={row[field]}
                  ref={
                    field === 'number'
                      ? (element: HTMLInputElement | null) => {
                          if (element) rowInputs.current.set(row.key, element);
                          else rowInputs.current.delete(row.key);
                        }
                      : undefined
                  }
                  onChange={(e) => setPatent(index, field, e.target.value)}
                  errors={errors[`patents.${index}.${field}`]}
                />
              ))}
              <button
                type="button"
                className="button button--danger button--small"
                onClick={() => removePatent(index)}
                aria-label={t('productForm.removePatentLabel', { n: index + 1 })}
              >
                {t('productForm.removePatent')}
              </button>
            </fieldset>
          ))}
          {errors.patents?.length ? (
            <div className="field__error" role="alert" id={id('patents-error')}>
              {errors.patents.map((message) => (
                <p key={message}>{message}</p>
              ))}
            </div>
          ) : null}
          <button ref={addButton} type="button" className="button button--secondary" onClick={addPatent} data-testid={`${idPrefix}-add-patent`}>
            {t('productForm.addPatent')}
          </button>
        </div>
      </fieldset>
    </>
  );
}
