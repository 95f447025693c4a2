import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/alerts';
import { formatKrw } from '../../../lib/format';
import { useDemoDayResults } from '../api/get-demo-day-results';

/** A closed demo day's public results: totals and number of investors per product, no names. */
export function DemoDayResults({ demoDayId }: { demoDayId: string }) {
  const { t, i18n } = useTranslation('scouting');
  const results = useDemoDayResults(demoDayId);
  if (results.isPending) return <Loading />;
  if (results.isError) return <QueryError error={results.error} onRetry={() => void results.refetch()} />;
  return (
    <section aria-labelledby="demo-day-results-title">
      <h2 id="demo-day-results-title">{t('day.results')}</h2>
      <p>{t('day.panelSize', { count: results.data.panelSize })}</p>
      <div className="table-wrap">
        <table className="table" data-testid="demo-day-results">
          <caption>{t('day.resultsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.rank')}</th>
              <th scope="col">{t('columns.product')}</th>
              <th scope="col">{t('columns.company')}</th>
              <th scope="col">{t('columns.total')}</th>
              <th scope="col">{t('columns.investors')}</th>
              <th scope="col">{t('columns.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {results.data.results.map((row) => (
              <tr key={row.nominationId} data-testid={`result-row-${row.nominationId}`}>
                <td>{row.rank}</td>
                <th scope="row">{row.productName}</th>
                <td>{row.companyName}</td>
                <td data-testid="result-total">{formatKrw(row.total, i18n.language)}</td>
                <td>{row.investors}</td>
                <td data-testid="result-outcome">{row.recommended ? t('day.recommended') : t('day.notRecommended')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
