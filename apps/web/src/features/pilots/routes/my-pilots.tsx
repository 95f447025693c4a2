import { PilotStatus, Role } from '@inno/contracts';
import { Link } from 'react-router';
import { ChoiceField } from '../../../components/field';
import { PagedTable } from '../../../components/paged-table';
import { formatKrw } from '../../../lib/format';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useStatusPageSearch } from '../../../lib/list-search';
import { useSession } from '../../../lib/session';
import { usePilots } from '../api/get-pilots';
import { PilotNextStep } from '../components/pilot-next-step';
import { PilotStatusBadge } from '../components/pilot-status-badge';
import { usePilotsTranslation } from '../components/pilots-i18n';

const PAGE_SIZE = 20;
const STATUSES = Object.values(PilotStatus);

/** `/my/pilots` (BUYER, SUPPLIER): the institution's or the company's pilots, each with its state and the next step in words. */
export function MyPilotsRoute() {
  const { t, i18n } = usePilotsTranslation();
  const role = useSession().user?.role;
  const { status, page, go } = useStatusPageSearch(STATUSES);
  const pilots = usePilots({ status, page, pageSize: PAGE_SIZE });
  const buyer = role === Role.BUYER;

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
      <PagedTable
        query={pilots}
        onPage={(target) => go(status, target)}
        caption={t('mine.caption')}
        testId="my-pilots-table"
        rowKey={(pilot) => pilot.id}
        rowTestId={(pilot) => `my-pilot-row-${pilot.id}`}
        empty={t('mine.empty')}
        columns={[
          { key: 'product', header: t('mine.product'), rowHeader: true, cell: (pilot) => <Link to={`/my/pilots/${pilot.id}`}>{pilot.product.nameKo}</Link> },
          { key: 'party', header: buyer ? t('mine.company') : t('mine.institution'), cell: (pilot) => (buyer ? pilot.product.companyName : pilot.institution.name) },
          { key: 'status', header: t('mine.status'), cell: (pilot) => <PilotStatusBadge status={pilot.status} testId={`my-pilot-status-${pilot.id}`} /> },
          { key: 'next', header: t('mine.nextStep'), cell: (pilot) => <PilotNextStep pilot={pilot} role={role} testId={`my-pilot-next-${pilot.id}`} /> },
          { key: 'amount', header: t('mine.amount'), cell: (pilot) => formatKrw(pilot.amount, i18n.language) },
          {
            key: 'appliedAt',
            header: t('mine.appliedAt'),
            cell: (pilot) => <time dateTime={pilot.createdAt}>{formatKoreaDateTime(pilot.createdAt, i18n.language)}</time>,
          },
        ]}
      />
    </section>
  );
}

export default MyPilotsRoute;
