import { PILOT_INDICATORS } from '@inno/contracts';
import type { TOptions } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useProductPilotResults } from '../api/get-product-pilot-results';
import { intlLocale } from '../lib/i18n';
import { formatNumber } from '../lib/format';
import type pilots from '../locales/pilots/ko.json';

// The `pilots` namespace (src/locales/pilots), fetched with the page that shows this block.
const namespace: string = 'pilots';
type ResultsKey = `productResults.${keyof typeof pilots.productResults}` | `indicator.${keyof typeof pilots.indicator}`;
type ResultsT = (key: ResultsKey, options?: TOptions) => string;

/**
 * The product page's pilot block: how many pilots, their verdicts, the average
 * of each of the 10 indicators and how many institutions would buy more.
 * Renders nothing while the product has no pilot (or the figures cannot be had).
 * Place it anywhere on the product page: `<ProductPilotResults productId={product.id} />`.
 */
export function ProductPilotResults({ productId }: { productId: string }) {
  // Not suspending: the product page shows at once, this block when its strings have come.
  const { t: translate, i18n, ready } = useTranslation(namespace as 'translation', { useSuspense: false });
  const t = translate as unknown as ResultsT;
  const results = useProductPilotResults(productId);
  const data = results.data;
  if (!ready || !data || data.pilots === 0) return null;
  const language = i18n.language;
  const number = (value: number) => formatNumber(value, language);
  const average = (value: number) => new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value);

  return (
    <section className="card product-pilot-results" aria-labelledby="product-pilot-results-title" data-testid="product-pilot-results">
      <h2 id="product-pilot-results-title">{t('productResults.title')}</h2>
      <ul className="feature-list">
        <li data-testid="product-pilot-count">{t('productResults.pilots', { pilots: number(data.pilots), reported: number(data.reported) })}</li>
        <li data-testid="product-pilot-verdicts">
          {t('productResults.verdicts', { success: number(data.verdicts.SUCCESS), insufficient: number(data.verdicts.INSUFFICIENT) })}
        </li>
        {data.reported > 0 ? (
          <li data-testid="product-pilot-will-buy-more">
            {t('productResults.willBuyMore', { willBuyMore: number(data.willBuyMore), reported: number(data.reported) })}
          </li>
        ) : null}
      </ul>
      {data.reported > 0 ? (
        <div className="table-wrap">
          <table className="table table--compact" data-testid="product-pilot-averages">
            <caption>{t('productResults.averagesCaption', { reported: number(data.reported) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('productResults.indicator')}</th>
                <th scope="col">{t('productResults.average')}</th>
              </tr>
            </thead>
            <tbody>
              {PILOT_INDICATORS.map((indicator) => {
                const value = data.averages[indicator];
                return (
                  <tr key={indicator}>
                    <th scope="row">{t(`indicator.${indicator}`)}</th>
                    <td data-testid={`product-pilot-average-${indicator}`}>
                      {value === undefined ? t('productResults.noAverage') : t('productResults.averageValue', { value: average(value) })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted" data-testid="product-pilot-no-reports">
          {t('productResults.noReports')}
        </p>
      )}
    </section>
  );
}
