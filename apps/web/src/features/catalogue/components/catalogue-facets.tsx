import type { CatalogPage, CategoryView, FacetCount, ProductKind } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { categoryLabel } from '../../../lib/categories';
import { formatNumber } from '../../../lib/format';
import { searchWith } from '../routes/catalogue-search-params';

type FacetName = keyof CatalogPage['facets'];

/**
 * Narrowing by kind, large category and region, each value with its count ("N+" when the API counted
 * a broad search only up to its bound, "about N" when it estimated it from a sample). Each value is a
 * link to the narrowed (or, when chosen, widened) address.
 */
export function CatalogueFacets({ facets, lowerBounds = false, estimates = false, selected, search, categories }: {
  facets: CatalogPage['facets'];
  lowerBounds?: boolean;
  estimates?: boolean;
  selected: Record<FacetName, string | undefined>;
  search: URLSearchParams;
  categories?: CategoryView[];
}) {
  const { t, i18n } = useTranslation();
  const label: Record<FacetName, (value: string) => string> = {
    kind: (value) => t(`productKind.${value as ProductKind}`),
    category: (value) => categoryLabel(categories, value, i18n.language),
    region: (value) => value,
  };
  const groups: FacetName[] = ['kind', 'category', 'region'];
  const countText = (count: number) => {
    const number = formatNumber(count, i18n.language);
    if (estimates) return t('catalogue.facetAbout', { count: number });
    return lowerBounds ? t('catalogue.facetAtLeast', { count: number }) : number;
  };

  return (
    <aside className="facets" aria-labelledby="facets-title" data-testid="catalogue-facets">
      <h2 id="facets-title" className="facets__title">
        {t('catalogue.facetsTitle')}
      </h2>
      {lowerBounds && <p className="muted" data-testid="facets-lower-bounds">{t('catalogue.facetsLowerBounds')}</p>}
      {estimates && <p className="muted" data-testid="facets-estimated">{t('catalogue.facetsEstimated')}</p>}
      {groups.map((name) => {
        const current = selected[name];
        // A chosen value stays visible (and removable) even when the API counts nothing for it.
        const values: FacetCount[] =
          current && !facets[name].some((facet) => facet.value === current)
            ? [{ value: current, count: 0 }, ...facets[name]]
            : facets[name];
        return (
          <section key={name} className="facets__group" aria-labelledby={`facet-${name}-title`}>
            <h3 id={`facet-${name}-title`}>{t(`catalogue.facet.${name}`)}</h3>
            {values.length === 0 ? (
              <p className="muted">{t('catalogue.facetNone')}</p>
            ) : (
              <ul className="facets__list">
                {values.map((facet) => {
                  const chosen = facet.value === current;
                  return (
                    <li key={facet.value}>
                      <Link
                        className={`facet${chosen ? ' facet--chosen' : ''}`}
                        to={{ search: `?${searchWith(search, { [name]: chosen ? null : facet.value })}` }}
                        data-testid={`facet-${name}-${facet.value}`}
                        aria-current={chosen ? 'true' : undefined}
                      >
                        <span className="facet__label">{label[name](facet.value)}</span>
                        {/* The name read out begins with what is shown (WCAG 2.5.3), then says what the link does. */}
                        <span className="facet__count">
                          {countText(facet.count)}
                          <span className="visually-hidden">{t(chosen ? 'catalogue.facetRemove' : 'catalogue.facetApply', { count: facet.count })}</span>
                        </span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </aside>
  );
}
