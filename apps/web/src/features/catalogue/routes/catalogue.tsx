import { CATALOG_RESULT_CAP, CatalogSort, type ProductKind } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCategories } from '../../../api/get-categories';
import { Loading, QueryError } from '../../../components/alerts';
import { SelectField } from '../../../components/field';
import { Pagination } from '../../../components/pagination';
import { isApiRequestError } from '../../../lib/api-client';
import { categoryLabel } from '../../../lib/categories';
import { formatKrw, formatNumber } from '../../../lib/format';
import { useCatalogue } from '../../../api/get-catalogue';
import { CatalogueFacets } from '../components/catalogue-facets';
import { CatalogueFilters, SEARCH_FIELDS, type SearchValues } from '../components/catalogue-filters';
import { ProductCard } from '../components/product-card';
import { CATALOGUE_MAX_PAGE, FILTER_KEYS, readCatalogueQuery, searchWith, type FilterKey } from './catalogue-search-params';

export function CatalogueRoute() {
  const { t, i18n } = useTranslation();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [search, setSearch] = useSearchParams();
  const query = readCatalogueQuery(search);
  const catalogue = useCatalogue(query);
  const categories = useCategories();
  const tree = categories.data;

  const initial: SearchValues = {
    q: query.q ?? '',
    certification: query.certification ?? '',
    designatingBody: query.designatingBody ?? '',
    minPrice: query.minPrice === undefined ? '' : String(query.minPrice),
    maxPrice: query.maxPrice === undefined ? '' : String(query.maxPrice),
  };
  // The form starts again from the address whenever the address changes (back button, facet links).
  const formKey = SEARCH_FIELDS.map((field) => initial[field]).join('|');
  const serverErrors = isApiRequestError(catalogue.error) && catalogue.error.status === 400 ? catalogue.error.fieldErrors : {};

  const apply = (values: SearchValues) => setSearch(searchWith(search, values));
  const goToPage = (page: number) => setSearch(searchWith(search, { page: String(page) }));

  const filterLabel = (key: FilterKey): string | null => {
    const value = query[key];
    if (value === undefined) return null;
    switch (key) {
      case 'kind':
        return t(`productKind.${value as ProductKind}`);
      case 'category':
        return categoryLabel(tree, String(value), i18n.language);
      case 'minPrice':
      case 'maxPrice':
        return t(`catalogue.active.${key}`, { price: formatKrw(Number(value), i18n.language) });
      default:
        return String(value);
    }
  };
  const active = FILTER_KEYS.flatMap((key) => {
    const label = filterLabel(key);
    return label ? [{ key, label }] : [];
  });

  const data = catalogue.data;
  // An estimate reads "about N" (약 12,000건); a count past the cap "1,000+".
  const totalLabel = data
    ? data.totalIsEstimate && data.estimatedTotal !== null
      ? t('catalogue.estimated', { count: formatNumber(data.estimatedTotal, i18n.language) })
      : data.totalIsCapped
        ? t('catalogue.capped', { count: formatNumber(CATALOG_RESULT_CAP, i18n.language) })
        : formatNumber(data.total, i18n.language)
    : '';

  return (
    <section className={`page catalogue${filtersOpen ? ' catalogue--filters-open' : ''}`} aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">{t('catalogue.title')}</h1>
      <p className="page__lead">{t('catalogue.lead')}</p>
      {/* On a phone the extra filters and the facets fold away, so the results come first. */}
      <button
        type="button"
        className="button button--secondary filters-toggle"
        aria-expanded={filtersOpen}
        data-testid="catalogue-filters-toggle"
        onClick={() => setFiltersOpen((previous) => !previous)}
      >
        {t(filtersOpen ? 'catalogue.hideFilters' : 'catalogue.showFilters')}
      </button>
      <CatalogueFilters key={formKey} initial={initial} serverErrors={serverErrors} onApply={apply} />

      {active.length ? (
        <div className="active-filters" data-testid="catalogue-active-filters">
          <p className="active-filters__title">{t('catalogue.activeTitle')}</p>
          <ul className="active-filters__list">
            {active.map(({ key, label }) => (
              <li key={key}>
                <Link
                  className="chip"
                  to={{ search: `?${searchWith(search, { [key]: null })}` }}
                  aria-label={t('catalogue.removeFilter', { name: t(`catalogue.filterName.${key}`), value: label })}
                >
                  {t(`catalogue.filterName.${key}`)}: {label} <span aria-hidden="true">×</span>
                </Link>
              </li>
            ))}
          </ul>
          <Link to={{ search: query.q ? `?${new URLSearchParams({ q: query.q })}` : '' }}>{t('catalogue.clearFilters')}</Link>
        </div>
      ) : null}

      <div className="catalogue__layout">
        {data ? (
          <CatalogueFacets
            facets={data.facets}
            lowerBounds={data.facetsAreLowerBounds}
            estimates={data.facetsAreEstimates}
            search={search}
            categories={tree}
            selected={{ kind: query.kind, category: query.category, region: query.region }}
          />
        ) : null}
        <div className="catalogue__results" aria-busy={catalogue.isFetching || undefined}>
          <div className="catalogue__toolbar">
            <p className="catalogue__total" role="status" data-testid="catalogue-total">
              {data ? t('catalogue.total', { total: totalLabel }) : ''}
            </p>
            <SelectField
              id="catalogue-sort-select"
              label={t('catalogue.sort')}
              value={query.sort}
              onChange={(e) => setSearch(searchWith(search, { sort: e.target.value }))}
              data-testid="catalogue-sort"
            >
              {Object.values(CatalogSort).map((sort) => (
                <option key={sort} value={sort}>
                  {t(`catalogue.sortOption.${sort}`)}
                </option>
              ))}
            </SelectField>
          </div>
          {catalogue.isPending ? <Loading label={t('catalogue.loading')} /> : null}
          {catalogue.isError ? (
            <QueryError
              title={t('catalogue.error')}
              testId="catalogue-error"
              error={catalogue.error}
              onRetry={() => void catalogue.refetch()}
            />
          ) : null}
          {data && !catalogue.isError ? (
            data.items.length === 0 ? (
              <div className="empty-state" data-testid="catalogue-empty">
                <p className="empty-state__title">{t('catalogue.emptyTitle')}</p>
                <p>{t('catalogue.emptyBody')}</p>
              </div>
            ) : (
              <>
                <h2 className="visually-hidden">{t('catalogue.resultsTitle')}</h2>
                <ul className="product-grid">
                  {data.items.map((product) => (
                    <li key={product.id}>
                      <ProductCard product={product} categories={tree} />
                    </li>
                  ))}
                </ul>
                {data.totalIsCapped && query.page >= CATALOGUE_MAX_PAGE ? (
                  <p className="alert alert--info">{t('catalogue.cappedHint', { count: formatNumber(CATALOG_RESULT_CAP, i18n.language) })}</p>
                ) : null}
                <Pagination
                  page={query.page}
                  pageSize={query.pageSize}
                  total={data.total}
                  totalLabel={totalLabel}
                  maxPage={CATALOGUE_MAX_PAGE}
                  onChange={goToPage}
                  testId="catalogue-page"
                />
              </>
            )
          ) : null}
        </div>
      </div>
    </section>
  );
}
