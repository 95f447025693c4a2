import type { CallView, CategoryView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CallPhaseBadge } from '../../../components/workflow-badges';
import { categoryLabel } from '../../../lib/categories';
import { formatKoreaDateTime } from '../../../lib/korea-time';

/** Calls with their phase and Korea-time window; each title links to the notice. */
export function CallsTable({ calls, categories, caption }: { calls: CallView[]; categories?: CategoryView[]; caption: string }) {
  const { t, i18n } = useTranslation(['calls', 'workflow']);
  const language = i18n.language;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="calls-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.title')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.phase')}</th>
            <th scope="col">{t('table.period')}</th>
            <th scope="col">{t('table.subAreas')}</th>
          </tr>
        </thead>
        <tbody>
          {calls.length === 0 ? (
            <tr>
              <td colSpan={5} className="table__empty">
                {t('table.empty')}
              </td>
            </tr>
          ) : (
            calls.map((call) => (
              <tr key={call.id} data-testid={`call-row-${call.id}`}>
                <th scope="row">
                  <Link to={`/calls/${call.id}`}>{call.title}</Link>
                </th>
                <td>{t(`workflow:callKind.${call.kind}`)}</td>
                <td>
                  <CallPhaseBadge phase={call.phase} testId={`call-phase-${call.id}`} />
                </td>
                <td>
                  {t('workflow:period', {
                    from: formatKoreaDateTime(call.opensAt, language),
                    to: formatKoreaDateTime(call.closesAt, language),
                  })}
                </td>
                <td>{call.subAreas.map((code) => categoryLabel(categories, code, language)).join(', ')}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
