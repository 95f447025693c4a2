import { CatalogSort } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalogue } from '../../../api/get-catalogue';
import { Loading, QueryError } from '../../../components/alerts';
import { TextField } from '../../../components/field';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Finds the product to act on: its id (any status), or a search of the
 * catalogue (products in force). `hrefFor` builds the address that selects one.
 */
export function ProductLookup({ query, onSearch, hrefFor }: {
  query: string;
  onSearch: (next: { q?: string; productId?: string }) => void;
  hrefFor: (productId: string) => string;
}) {
  const { t } = useTranslation('designations');
  const [text, setText] = useState(query);
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = text.trim();
    if (!value) {
      setError(t('lookup.errors.empty'));
      return;
    }
    setError(null);
    onSearch(UUID.test(value) ? { productId: value } : { q: value });
  }

  return (
    <section aria-labelledby="lookup-title">
      <h2 id="lookup-title">{t('lookup.title')}</h2>
      <form className="form form--inline" noValidate onSubmit={onSubmit} role="search" aria-labelledby="lookup-title" data-testid="product-lookup">
        <TextField
          id="lookup-q"
          label={t('lookup.q')}
          hint={t('lookup.qHint')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          errors={error ? [error] : undefined}
        />
        <button type="submit" className="button" data-testid="lookup-submit">
          {t('lookup.submit')}
        </button>
      </form>
      {query ? <SearchResults q={query} hrefFor={hrefFor} /> : null}
    </section>
  );
}

function SearchResults({ q, hrefFor }: { q: string; hrefFor: (productId: string) => string }) {
  const { t } = useTranslation(['designations', 'translation']);
  const results = useCatalogue({ q, sort: CatalogSort.RELEVANCE, page: 1, pageSize: 10 });
  if (results.isPending) return <Loading />;
  if (results.isError) return <QueryError error={results.error} onRetry={() => void results.refetch()} />;
  if (results.data.items.length === 0) return <p data-testid="lookup-empty">{t('lookup.empty')}</p>;
  return (
    <ul className="lookup-results" data-testid="lookup-results" aria-label={t('lookup.resultsLabel')}>
      {results.data.items.map((product) => (
        <li key={product.id}>
          <Link to={hrefFor(product.id)} data-testid={`lookup-pick-${product.id}`}>
            {t('lookup.pick', { name: product.nameKo, company: product.companyName, goodsId: product.goodsId })}
          </Link>{' '}
          <span className="muted">{t(`translation:designationStatus.${product.status}`)}</span>
        </li>
      ))}
    </ul>
  );
}
