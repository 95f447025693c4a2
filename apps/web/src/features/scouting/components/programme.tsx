import type { DemoDayView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { NominationStatusBadge } from './badges';

/** The products presenting at a demo day. */
export function Programme({ day }: { day: DemoDayView }) {
  const { t } = useTranslation('scouting');
  return (
    <section aria-labelledby="demo-day-programme-title">
      <h2 id="demo-day-programme-title">{t('day.programme')}</h2>
      {day.products.length === 0 ? (
        <p>{t('day.noProducts')}</p>
      ) : (
        <ul className="card-list" data-testid="demo-day-programme">
          {day.products.map((product) => (
            <li key={product.nominationId} className="card">
              <h3>{product.productName}</h3>
              <p className="muted">{product.companyName}</p>
              <p>{product.productDescription}</p>
              <NominationStatusBadge status={product.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
