import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { Pagination } from '../../../components/pagination';
import { formatDay } from '../../../lib/format';
import { usePilotAttention } from '../api/get-pilot-attention';
import { PilotStatusBadge } from '../components/pilot-status-badge';
import { usePilotsTranslation } from '../components/pilots-i18n';

const PAGE_SIZE = 20;

/** `/operator/pilot-usage` (OPERATOR): pilot products shelved or returned after the pilot, with what the institution said. */
export function PilotUsageRoute() {
  const { t, i18n } = usePilotsTranslation();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const attention = usePilotAttention({ page, pageSize: PAGE_SIZE });

  return (
    <section className="page" aria-labelledby="pilot-usage-title">
      <h1 id="pilot-usage-title">{t('usageWatch.title')}</h1>
      <p className="page__lead">{t('usageWatch.lead')}</p>
      {attention.isPending ? <Loading /> : null}
      {attention.isError ? <QueryError error={attention.error} onRetry={() => void attention.refetch()} /> : null}
      {attention.data ? (
        <div aria-busy={attention.isFetching || undefined}>
          <div className="table-wrap">
            <table className="table" data-testid="pilot-usage-table">
              <caption className="visually-hidden">{t('usageWatch.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('usageWatch.product')}</th>
                  <th scope="col">{t('usageWatch.institution')}</th>
                  <th scope="col">{t('usageWatch.state')}</th>
                  <th scope="col">{t('usageWatch.why')}</th>
                  <th scope="col">{t('usageWatch.pilotEnded')}</th>
                  <th scope="col">{t('usageWatch.status')}</th>
                </tr>
              </thead>
              <tbody>
                {attention.data.items.length === 0 ? (
                  <tr>
                    <td colSpan={6} className="table__empty">
                      {t('usageWatch.empty')}
                    </td>
                  </tr>
                ) : (
                  attention.data.items.map((pilot) => (
                    <tr key={pilot.id} data-testid={`usage-row-${pilot.id}`} data-state={pilot.latestCheckIn.state}>
                      <th scope="row">
                        <Link to={`/my/pilots/${pilot.id}`}>{pilot.product.nameKo}</Link>
                        <span className="muted"> · {pilot.product.companyName}</span>
                      </th>
                      <td>{pilot.institution.name}</td>
                      <td>
                        {t('usageWatch.stateValue', { state: t(`usage.${pilot.latestCheckIn.state}`), month: pilot.latestCheckIn.month })}
                      </td>
                      <td className="product__description" data-testid={`usage-why-${pilot.id}`}>
                        {pilot.latestCheckIn.why}
                      </td>
                      <td>{pilot.useEndsOn ? formatDay(pilot.useEndsOn, i18n.language) : t('common.none')}</td>
                      <td>
                        <PilotStatusBadge status={pilot.status} />
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          <Pagination
            page={attention.data.page}
            pageSize={attention.data.pageSize}
            total={attention.data.total}
            onChange={(target) => setSearch(target > 1 ? { page: String(target) } : {})}
          />
        </div>
      ) : null}
    </section>
  );
}

export default PilotUsageRoute;
