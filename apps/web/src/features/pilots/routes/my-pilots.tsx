import { PilotStatus, Role } from '@inno/contracts';
import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { ChoiceField } from '../../../components/field';
import { Pagination } from '../../../components/pagination';
import { formatKrw } from '../../../lib/format';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useSession } from '../../../lib/session';
import { usePilots } from '../api/get-pilots';
import { PilotNextStep } from '../components/pilot-next-step';
import { PilotStatusBadge } from '../components/pilot-status-badge';
import { usePilotsTranslation } from '../components/pilots-i18n';

const PAGE_SIZE = 20;
const STATUSES = Object.values(PilotStatus);

function readStatus(value: string | null): PilotStatus | undefined {
  return value && (STATUSES as string[]).includes(value) ? (value as PilotStatus) : undefined;
}

/** `/my/pilots` (BUYER, SUPPLIER): the institution's or the company's pilots, each with its state and the next step in words. */
export function MyPilotsRoute() {
  const { t, i18n } = usePilotsTranslation();
  const role = useSession().user?.role;
  const [search, setSearch] = useSearchParams();
  const status = readStatus(search.get('status'));
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const pilots = usePilots({ status, page, pageSize: PAGE_SIZE });
  const buyer = role === Role.BUYER;

  const go = (nextStatus: string | undefined, nextPage: number) => {
    const params = new URLSearchParams();
    if (nextStatus) params.set('status', nextStatus);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearch(params);
  };

  return (
    <section className="page" aria-labelledby="my-pilots-title">
      <div className="page__header">
        <h1 id="my-pilots-title">{t('mine.title')}</h1>
        {buyer ? (
          <Link className="button" to="/pilots" data-testid="my-pilots-find">
            {t('mine.findPlans')}
          </Link>
        ) : null}
      </div>
      <p className="page__lead">{buyer ? t('mine.leadBuyer') : t('mine.leadSupplier')}</p>
      <div className="filters">
        <ChoiceField
          id="my-pilots-status"
          label={t('mine.status')}
          choices={STATUSES}
          value={status}
          labelOf={(value) => t(`status.${value}`)}
          noneLabel={t('mine.allStatuses')}
          onChange={(value) => go(value, 1)}
        />
      </div>
      {pilots.isPending ? <Loading /> : null}
      {pilots.isError ? <QueryError error={pilots.error} onRetry={() => void pilots.refetch()} /> : null}
      {pilots.data ? (
        <div aria-busy={pilots.isFetching || undefined}>
          <div className="table-wrap">
            <table className="table" data-testid="my-pilots-table">
              <caption className="visually-hidden">{t('mine.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('mine.product')}</th>
                  <th scope="col">{buyer ? t('mine.company') : t('mine.institution')}</th>
                  <th scope="col">{t('mine.status')}</th>
                  <th scope="col">{t('mine.nextStep')}</th>
                  <th scope="col">{t('mine.amount')}</th>
                  <th scope="col">{t('mine.appliedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {pilots.data.items.length === 0 ? (
                  <tr>
                    <td colSpan={6} className="table__empty">
                      {t('mine.empty')}
                    </td>
                  </tr>
                ) : (
                  pilots.data.items.map((pilot) => (
                    <tr key={pilot.id} data-testid={`my-pilot-row-${pilot.id}`}>
                      <th scope="row">
                        <Link to={`/my/pilots/${pilot.id}`}>{pilot.product.nameKo}</Link>
                      </th>
                      <td>{buyer ? pilot.product.companyName : pilot.institution.name}</td>
                      <td>
                        <PilotStatusBadge status={pilot.status} testId={`my-pilot-status-${pilot.id}`} />
                      </td>
                      <td>
                        <PilotNextStep pilot={pilot} role={role} testId={`my-pilot-next-${pilot.id}`} />
                      </td>
                      <td>{formatKrw(pilot.amount, i18n.language)}</td>
                      <td>
                        <time dateTime={pilot.createdAt}>{formatKoreaDateTime(pilot.createdAt, i18n.language)}</time>
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          <Pagination page={pilots.data.page} pageSize={pilots.data.pageSize} total={pilots.data.total} onChange={(target) => go(status, target)} />
        </div>
      ) : null}
    </section>
  );
}

export default MyPilotsRoute;
