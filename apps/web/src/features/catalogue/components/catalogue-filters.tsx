import { PRICE_MAX_KRW } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/field';
import { formatNumber } from '../../../lib/format';
import type { FieldErrors } from '../../../lib/validation';

export const SEARCH_FIELDS = ['q', 'certification', 'designatingBody', 'minPrice', 'maxPrice'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export type SearchValues = Record<SearchField, string>;

const digits = (value: string) => value.replace(/[\s,]/g, '');

/** The search words and the text filters, applied together. */
export function CatalogueFilters({ initial, serverErrors, onApply }: {
  initial: SearchValues;
  /** A 400's `details` for these fields, shown beside them. */
  serverErrors: FieldErrors;
  onApply: (values: SearchValues) => void;
}) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = (field: SearchField) => errors[field] ?? serverErrors[field];

  function update(field: SearchField, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors(({ [field]: _cleared, ...rest }) => rest);
  }

  function check(): FieldErrors {
    const found: FieldErrors = {};
    const price = (field: 'minPrice' | 'maxPrice') => {
      const value = digits(values[field]);
      if (!value) return undefined;
      if (!/^\d+$/.test(value) || Number(value) > PRICE_MAX_KRW) {
        found[field] = [t('validation.price', { max: formatNumber(PRICE_MAX_KRW, i18n.language) })];
        return undefined;
      }
      return Number(value);
    };
    const min = price('minPrice');
    const max = price('maxPrice');
    if (min !== undefined && max !== undefined && min > max) found.maxPrice = [t('catalogue.priceRangeInverted')];
    return found;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return;
    onApply({
      q: values.q.trim(),
      certification: values.certification.trim(),
      designatingBody: values.designatingBody.trim(),
      minPrice: digits(values.minPrice),
      maxPrice: digits(values.maxPrice),
    });
  }

  return (
    <form className="catalogue-search" role="search" aria-label={t('catalogue.searchLabel')} noValidate onSubmit={onSubmit}>
      <div className="catalogue-search__main">
        <TextField
          id="catalogue-q"
          type="search"
          name="q"
          label={t('catalogue.q')}
          hint={t('catalogue.qHint')}
          maxLength={100}
          value={values.q}
          onChange={(e) => update('q', e.target.value)}
          errors={shown('q')}
          data-testid="catalogue-search"
        />
        <button type="submit" className="button" data-testid="catalogue-submit">
          {t('catalogue.submit')}
        </button>
      </div>
      <fieldset className="fieldset fieldset--inline catalogue-search__more">
        <legend>{t('catalogue.moreFilters')}</legend>
        <TextField
          id="catalogue-certification"
          name="certification"
          label={t('catalogue.certification')}
          maxLength={100}
          value={values.certification}
          onChange={(e) => update('certification', e.target.value)}
          errors={shown('certification')}
        />
        <TextField
          id="catalogue-designatingBody"
          name="designatingBody"
          label={t('catalogue.designatingBody')}
          maxLength={100}
          value={values.designatingBody}
          onChange={(e) => update('designatingBody', e.target.value)}
          errors={shown('designatingBody')}
        />
        <TextField
          id="catalogue-minPrice"
          name="minPrice"
          inputMode="numeric"
          label={t('catalogue.minPrice')}
          maxLength={20}
          value={values.minPrice}
          onChange={(e) => update('minPrice', e.target.value)}
          errors={shown('minPrice')}
        />
        <TextField
          id="catalogue-maxPrice"
          name="maxPrice"
          inputMode="numeric"
          label={t('catalogue.maxPrice')}
          maxLength={20}
          value={values.maxPrice}
          onChange={(e) => update('maxPrice', e.target.value)}
          errors={shown('maxPrice')}
        />
      </fieldset>
    </form>
  );
}
