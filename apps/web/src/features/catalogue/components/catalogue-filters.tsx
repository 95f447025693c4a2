import { CATALOGUE_QUERY_RULES as RULES, catalogueQueryProblems, type CatalogQuery } from '@inno/contracts';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField, TextField } from '../../../components/field';
import { wordMessage } from '../../../lib/messages';
import { typedWholeNumber } from '../../../lib/typed-number';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { FieldErrors } from '../../../lib/validation';

export const SEARCH_FIELDS = ['q', 'certification', 'designatingBody', 'minPrice', 'maxPrice'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export type SearchValues = Record<SearchField, string>;

/** The query the API reads, from what was typed (prices with or without separators; unreadable ones NaN). */
function toQuery(values: SearchValues): CatalogQuery {
  return {
    q: values.q,
    certification: values.certification,
    designatingBody: values.designatingBody,
    minPrice: typedWholeNumber(values.minPrice),
    maxPrice: typedWholeNumber(values.maxPrice),
  };
}

/** The search words and the text filters, applied together; checked by the API's own rules first (`CATALOGUE_QUERY_RULES`). */
export function CatalogueFilters({ initial, serverErrors, onApply }: {
  initial: SearchValues;
  /** A 400's `details` for these fields, shown beside them. */
  serverErrors: FieldErrors;
  onApply: (values: SearchValues) => void;
}) {
  const { t } = useTranslation();
  // Plain inputs read on submit, not a form library: this form is on the catalogue's first download.
  const form = useFormErrors(SEARCH_FIELDS);
  const field = (name: SearchField) => ({
    name,
    defaultValue: initial[name],
    // The maximum price's rule reads the minimum: a change of either clears both messages.
    onChange: () => (name === 'minPrice' ? ['minPrice', 'maxPrice'] : [name]).forEach(form.clearField),
    errors: form.errors[name] ?? serverErrors[name],
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = new FormData(event.currentTarget);
    const values = Object.fromEntries(SEARCH_FIELDS.map((name) => [name, String(typed.get(name) ?? '')])) as SearchValues;
    const query = toQuery(values);
    // The API's own rules (CATALOGUE_QUERY_RULES), worded from the codes it would answer with.
    const problems = Object.fromEntries(Object.entries(catalogueQueryProblems(query)).map(([name, messages]) => [name, messages.map(wordMessage)]));
    if (!form.check(problems)) return;
    onApply({
      q: values.q.trim(),
      certification: values.certification.trim(),
      designatingBody: values.designatingBody.trim(),
      minPrice: query.minPrice === undefined ? '' : String(query.minPrice),
      maxPrice: query.maxPrice === undefined ? '' : String(query.maxPrice),
    });
  };

  return (
    <form className="catalogue-search" role="search" aria-label={t('catalogue.searchLabel')} noValidate onSubmit={onSubmit}>
      <div className="catalogue-search__main">
        <TextField
          id="catalogue-q"
          type="search"
          label={t('catalogue.q')}
          hint={t('catalogue.qHint')}
          maxLength={RULES.q.max}
          {...field('q')}
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
          label={t('catalogue.certification')}
          maxLength={RULES.certification.max}
          {...field('certification')}
        />
        <TextField
          id="catalogue-designatingBody"
          label={t('catalogue.designatingBody')}
          maxLength={RULES.designatingBody.max}
          {...field('designatingBody')}
        />
        <NumberField id="catalogue-minPrice" won label={t('catalogue.minPrice')} {...field('minPrice')} />
        <NumberField id="catalogue-maxPrice" won label={t('catalogue.maxPrice')} {...field('maxPrice')} />
      </fieldset>
    </form>
  );
}
