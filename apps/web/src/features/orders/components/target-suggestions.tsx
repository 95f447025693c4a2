import type { TargetDashboard } from '@inno/contracts';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { formatKrw } from '../../../lib/format';
import { useMessageText } from '../../../lib/messages';
import { useSuggestions } from '../api/get-suggestions';
import { useOrdersTranslation } from './orders-i18n';

/** What the institution could buy to close its gap: the matchmaking's suggestions, each with its reason and a way to order it. */
export function TargetSuggestions({ dashboard }: { dashboard: TargetDashboard }) {
  const { t, i18n } = useOrdersTranslation();
  const { word } = useMessageText();
  const suggestions = useSuggestions(dashboard.institution.id);
  const language = i18n.language;
  const nameOf = (product: { nameKo: string; nameEn: string }) => (language === 'en' ? product.nameEn : product.nameKo);
  return (
    <section className="card" aria-labelledby="target-suggestions-title" data-testid="target-suggestions">
      <h2 id="target-suggestions-title">{t('target.suggestionsTitle')}</h2>
      <p>{dashboard.gap > 0 ? t('target.suggestionsGap', { gap: formatKrw(dashboard.gap, language) }) : t('target.suggestionsMet')}</p>
      {suggestions.isPending ? <Loading /> : null}
      {suggestions.isError ? <QueryError error={suggestions.error} onRetry={() => void suggestions.refetch()} /> : null}
      {suggestions.data && suggestions.data.items.length === 0 ? <p className="muted">{t('target.noSuggestions')}</p> : null}
      {suggestions.data?.items.length ? (
        <ol className="suggestions" data-testid="suggestion-list">
          {suggestions.data.items.map(({ product, reason }) => (
            <li key={product.id} className="suggestions__item" data-testid={`suggestion-${product.id}`}>
              <Link to={`/products/${product.id}`}>{nameOf(product)}</Link>{' '}
              <span className="muted">
                {product.companyName} · {t('target.suggestionPrice', { price: formatKrw(product.askingPrice, language), unit: product.tradingUnit })}
              </span>
              <p className="suggestions__reason" data-testid="suggestion-reason">
                {word(reason)}
              </p>
              <Link className="button button--secondary button--small" to={`/my/orders/new?product=${product.id}`} aria-label={t('target.orderProduct', { product: nameOf(product) })}>
                {t('target.order')}
              </Link>
            </li>
          ))}
        </ol>
      ) : null}
      <Link className="button button--secondary" to="/catalogue">
        {t('mine.findProducts')}
      </Link>
    </section>
  );
}
