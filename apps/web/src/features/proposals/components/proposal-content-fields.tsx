import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { productQueryOptions } from '../../../api/get-product';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { newPatentRow, PATENT_FIELDS, TRL_LEVELS, type PatentField } from '../../../lib/product-form';
import type { FieldErrors } from '../../../lib/validation';
import type { ProposalValues } from './proposal-values';

type ContentField = 'innovation' | 'publicValue' | 'trl' | 'pilotPlan';

/** What the proposal says: the innovation, its public value, TRL, patents and the pilot plan. */
export function ProposalContentFields({ idPrefix, values, errors, onChange }: {
  idPrefix: string;
  values: ProposalValues;
  errors: FieldErrors;
  /** The new values and the fields whose errors are now stale. */
  onChange: (values: ProposalValues, touched: string[]) => void;
}) {
  const { t } = useTranslation('proposals');
  const queryClient = useQueryClient();
  const id = (field: string) => `${idPrefix}-${field.replace(/\./g, '-')}`;
  const [focusId, setFocusId] = useState<string | null>(null);
  const [copyState, setCopyState] = useState<'idle' | 'pending' | 'none' | 'failed'>('idle');
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focusId) return;
    (focusId === 'add' ? addButton.current : document.getElementById(focusId))?.focus();
    setFocusId(null);
  }, [focusId]);

  const set = (field: ContentField, value: string) => onChange({ ...values, [field]: value }, [field]);
  const setPatent = (index: number, field: PatentField, value: string) =>
    onChange({ ...values, patents: values.patents.map((row, i) => (i === index ? { ...row, [field]: value } : row)) }, [`patents.${index}.${field}`]);
  const stale = (from: number) => values.patents.slice(from).flatMap((_row, offset) => PATENT_FIELDS.map((f) => `patents.${from + offset}.${f}`));

  const addPatent = () => {
    onChange({ ...values, patents: [...values.patents, newPatentRow()] }, ['patents']);
    setFocusId(id(`patents.${values.patents.length}.number`));
  };
  const removePatent = (index: number) => {
    onChange({ ...values, patents: values.patents.filter((_row, i) => i !== index) }, ['patents', ...stale(index)]);
    setFocusId('add');
  };

  /** Copies the patents registered with the product (the usual proof for the patent rule). */
  const copyProductPatents = async () => {
    if (!values.productId) return;
    setCopyState('pending');
    try {
      const product = await queryClient.fetchQuery(productQueryOptions(values.productId));
      const known = new Set(values.patents.map((row) => row.number.trim()));
      const added = product.patents.filter((patent) => !known.has(patent.number)).map((patent) => newPatentRow(patent));
      setCopyState(added.length ? 'idle' : 'none');
      if (added.length) onChange({ ...values, patents: [...values.patents, ...added] }, ['patents']);
    } catch {
      setCopyState('failed');
    }
  };

  const labels: Record<PatentField, string> = {
    number: t('fields.patentNumber'),
    title: t('fields.patentTitle'),
    expiresOn: t('fields.patentExpiresOn'),
  };

  return (
    <>
      <TextAreaField
        id={id('innovation')}
        label={t('fields.innovation')}
        hint={t('fields.innovationHint')}
        required
        rows={6}
        maxLength={10_000}
        value={values.innovation}
        onChange={(e) => set('innovation', e.target.value)}
        errors={errors.innovation}
      />
      <TextAreaField
        id={id('publicValue')}
        label={t('fields.publicValue')}
        hint={t('fields.publicValueHint')}
        required
        rows={5}
        maxLength={10_000}
        value={values.publicValue}
        onChange={(e) => set('publicValue', e.target.value)}
        errors={errors.publicValue}
      />
      <SelectField id={id('trl')} label={t('fields.trl')} hint={t('fields.trlHint')} required value={values.trl} onChange={(e) => set('trl', e.target.value)} errors={errors.trl}>
        <option value="">{t('fields.trlPlaceholder')}</option>
        {TRL_LEVELS.map((level) => (
          <option key={level} value={String(level)}>
            {t('fields.trlOption', { level })}
          </option>
        ))}
      </SelectField>
      <fieldset className="fieldset patents" data-testid={`${idPrefix}-patents`}>
        <legend>{t('fields.patents')}</legend>
        <p className="field__hint">{t('fields.patentsHint')}</p>
        {values.patents.length === 0 ? <p className="muted">{t('fields.noPatents')}</p> : null}
        {values.patents.map((row, index) => (
          <fieldset key={row.key} className="fieldset fieldset--inline patent-row" data-testid={`${idPrefix}-patent-${index}`}>
            <legend>{t('fields.patentLegend', { n: index + 1 })}</legend>
            {PATENT_FIELDS.map((field) => (
              <TextField
                key={field}
                id={id(`patents.${index}.${field}`)}
                type={field === 'expiresOn' ? 'date' : 'text'}
                label={labels[field]}
                required
                maxLength={field === 'title' ? 200 : 40}
                value={row[field]}
                onChange={(e) => setPatent(index, field, e.target.value)}
                errors={errors[`patents.${index}.${field}`]}
              />
            ))}
            <button
              type="button"
              className="button button--danger button--small"
              onClick={() => removePatent(index)}
              aria-label={t('fields.removePatentLabel', { n: index + 1 })}
            >
              {t('fields.removePatent')}
            </button>
          </fieldset>
        ))}
        {errors.patents?.length ? (
          <div className="field__error" role="alert">
            {errors.patents.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        ) : null}
        <div className="button-row">
          <button ref={addButton} type="button" className="button button--secondary" onClick={addPatent} data-testid={`${idPrefix}-add-patent`}>
            {t('fields.addPatent')}
          </button>
          {values.productId ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void copyProductPatents()}
              aria-disabled={copyState === 'pending' || undefined}
              data-testid={`${idPrefix}-copy-patents`}
            >
              {t('fields.copyPatents')}
            </button>
          ) : null}
        </div>
        {copyState === 'none' ? <p role="status">{t('fields.copyPatentsNone')}</p> : null}
        {copyState === 'failed' ? <p role="alert">{t('fields.copyPatentsFailed')}</p> : null}
      </fieldset>
      <TextAreaField
        id={id('pilotPlan')}
        label={t('fields.pilotPlan')}
        hint={t('fields.pilotPlanHint')}
        required
        rows={5}
        maxLength={10_000}
        value={values.pilotPlan}
        onChange={(e) => set('pilotPlan', e.target.value)}
        errors={errors.pilotPlan}
      />
    </>
  );
}
