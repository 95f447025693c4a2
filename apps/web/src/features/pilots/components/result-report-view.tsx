import { PILOT_INDICATORS, type PilotView } from '@inno/contracts';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { usePilotsTranslation } from './pilots-i18n';

/** A reported result: each indicator's score and comment, "would buy more" and the summary. */
export function ResultReportView({ result, testId = 'result-report', caption }: {
  result: NonNullable<PilotView['result']>;
  testId?: string;
  caption?: string;
}) {
  const { t, i18n } = usePilotsTranslation();
  return (
    <div data-testid={testId}>
      <div className="table-wrap">
        <table className="table table--compact">
          <caption className={caption ? undefined : 'visually-hidden'}>{caption ?? t('result.viewCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('result.indicator')}</th>
              <th scope="col">{t('result.score')}</th>
              <th scope="col">{t('result.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {PILOT_INDICATORS.map((indicator) => (
              <tr key={indicator}>
                <th scope="row">{t(`indicator.${indicator}`)}</th>
                <td data-testid={`${testId}-score-${indicator}`}>{t('result.scoreValue', { score: result.scores[indicator] })}</td>
                <td>{result.comments[indicator] || <span className="muted">{t('common.none')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p data-testid={`${testId}-will-buy-more`} data-will-buy-more={result.willBuyMore}>
        {result.willBuyMore ? t('result.willBuyMoreYes') : t('result.willBuyMoreNo')}
      </p>
      <p className="product__description" data-testid={`${testId}-summary`}>
        {result.summary}
      </p>
      <p className="muted">{t('result.reportedAt', { date: formatKoreaDateTime(result.reportedAt, i18n.language) })}</p>
    </div>
  );
}
