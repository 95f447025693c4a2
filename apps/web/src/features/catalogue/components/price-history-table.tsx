import type { PricePoint } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { formatKrw, formatPercent } from '../../../lib/format';
import { formatKoreaDateTime } from '../../../lib/korea-time';

/** The asking price over time, oldest first, with each change against the one before. */
export function PriceHistoryTable({ points }: { points: PricePoint[] }) {
  const { t, i18n } = useTranslation();
  const ordered = [...points].sort((a, b) => a.changedAt.localeCompare(b.changedAt));
  if (ordered.length === 0) return <p className="muted">{t('product.priceHistoryEmpty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="visually-hidden">{t('product.priceHistoryTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('product.priceChangedAt')}</th>
            <th scope="col">{t('product.askingPrice')}</th>
            <th scope="col">{t('product.priceChange')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((point, index) => {
            const previous = index > 0 ? ordered[index - 1].price : null;
            return (
              <tr key={`${point.changedAt}-${index}`}>
                <th scope="row">
                  <time dateTime={point.changedAt}>{formatKoreaDateTime(point.changedAt, i18n.language)}</time>
                </th>
                <td>{formatKrw(point.price, i18n.language)}</td>
                <td>
                  {previous === null
                    ? t('product.priceFirst')
                    : previous === 0
                      ? formatKrw(point.price - previous, i18n.language)
                      : formatPercent((point.price - previous) / previous, i18n.language, true)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
