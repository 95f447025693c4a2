import { formatKrw } from '../../../lib/format';
import { useMessageText } from '../../../lib/messages';
import type { PlanResultRow } from '@inno/contracts';
import { usePilotsTranslation } from './pilots-i18n';

/** The published matching results: every application's outcome, with the reason (transparency: every match is public). */
export function PlanResultsTable({ rows }: { rows: PlanResultRow[] }) {
  const { t, i18n } = usePilotsTranslation();
  const { word } = useMessageText();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="plan-results">
        <caption className="visually-hidden">{t('results.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.product')}</th>
            <th scope="col">{t('results.company')}</th>
            <th scope="col">{t('results.institution')}</th>
            <th scope="col">{t('results.amount')}</th>
            <th scope="col">{t('results.outcome')}</th>
            <th scope="col">{t('results.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={6} className="table__empty">
                {t('results.empty')}
              </td>
            </tr>
          ) : (
            rows.map((row, index) => (
              <tr key={`${row.productName}-${row.institutionName}-${index}`} data-testid="plan-result-row" data-matched={row.matched}>
                <th scope="row">{row.productName}</th>
                <td>{row.companyName}</td>
                <td>{row.institutionName}</td>
                <td>{formatKrw(row.amount, i18n.language)}</td>
                <td>{row.matched ? t('results.matched') : t('results.notMatched')}</td>
                <td>{row.reasonMessage ? word(row.reasonMessage) : t('common.none')}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
