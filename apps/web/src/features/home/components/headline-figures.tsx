import type { HeadlineStatistics } from '@inno/contracts';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { formatKrw, formatNumber } from '../../../lib/format';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useTranslation } from 'react-i18next';
import { useHeadlineStatistics } from '../api/get-headline-statistics';

/** The home page's live figures: the catalogue now and this year so far, from the statistics the public page shows. */
export function HeadlineFigures() {
  const { t, i18n } = useTranslation('statistics');
  const headline = useHeadlineStatistics();
  const language = i18n.language;
  const number = (value: number) => formatNumber(value, language);
  const cards = (h: HeadlineStatistics): [id: string, label: string, value: string, detail?: string][] => [
    ['listed-products', t('home.listedProducts'), t('home.countValue', { value: number(h.listedProducts) })],
    ['companies', t('home.companies'), t('home.companiesValue', { value: number(h.companies) })],
    ['designations', t('home.designations'), t('home.countValue', { value: number(h.designations) })],
    ['pilots', t('home.pilots'), t('home.countValue', { value: number(h.pilotsContracted) }), formatKrw(h.pilotAmount, language)],
    ['orders', t('home.orders'), t('home.countValue', { value: number(h.orders) }), formatKrw(h.orderAmount, language)],
    ['targets-met', t('home.targetsMet'), t('home.metValue', { met: number(h.institutionsMet), total: number(h.institutions) })],
  ];
  return (
    <section className="home-figures" aria-labelledby="home-figures-title">
      <h2 id="home-figures-title">{t('home.figuresTitle')}</h2>
      {headline.isPending ? <Loading /> : null}
      {headline.isError ? <QueryError error={headline.error} onRetry={() => void headline.refetch()} /> : null}
      {headline.data ? (
        <>
          <p className="muted" data-testid="home-figures-as-of">
            {t('home.figuresNote', { year: headline.data.year, time: formatKoreaDateTime(headline.data.asOf, language) })}
          </p>
          <dl className="stat-cards" data-testid="home-figures">
            {cards(headline.data).map(([id, label, value, detail]) => (
              <div key={id} className="stat-card" data-testid={`home-figure-${id}`}>
                <dt>{label}</dt>
                <dd>
                  {value}
                  {detail ? <span className="stat-card__detail">{detail}</span> : null}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <p>
        <Link to="/statistics" data-testid="home-statistics-link">
          {t('home.statisticsLink')}
        </Link>
      </p>
    </section>
  );
}
