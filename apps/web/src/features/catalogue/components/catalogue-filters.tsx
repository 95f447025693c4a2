import { CATALOGUE_QUERY_RULES as RULES, catalogueQueryProblems, type CatalogQuery } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { NumberField, TextField } from '../../../components/field';
import { typedWholeNumber, useRulesForm } from '../../../lib/rules-form';
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
  const form = useRulesForm<SearchValues>({ defaultValues: initial, fields: SEARCH_FIELDS, check: (values) => catalogueQueryProblems(toQuery(values)) });
  const field = (name: SearchField) => {
    const props = form.field(name, name === 'minPrice' ? ['maxPrice'] : []);
    return { ...props, errors: props.errors ?? serverErrors[name] };
  };

  const onSubmit = form.submit((values) => {
    const query = toQuery(values);
    onApply({
      q: values.q.trim(),
      certification: values.certification.trim(),
      designatingBody: values.designatingBody.trim(),
      minPrice: query.minPrice === undefined ? '' : String(query.minPrice),
      maxPrice: query.maxPrice === undefined ? '' : String(query.maxPrice),
    });
  });

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
