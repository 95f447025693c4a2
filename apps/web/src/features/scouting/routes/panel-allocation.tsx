import { DemoDayStatus } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadFailure, Loading, QueryError } from '../../../components/alerts';
import { formatKrw } from '../../../lib/format';
import { useDemoDay } from '../api/get-demo-day';
import { useMyAllocations } from '../api/get-my-allocations';
import { AllocationRow } from '../components/allocation-row';

/** `/panel/demo-days/:id` (panel members): the member splits the virtual budget; only their own amounts are shown. */
export function PanelAllocationRoute() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('scouting');
  const day = useDemoDay(id);
  const mine = useMyAllocations(id);
  if (day.isPending || mine.isPending) return <Loading />;
  if (day.isError) return <LoadFailure query={day} notFound={<p>{t('invitation.notFound')}</p>} />;
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;
  const money = (amount: number) => formatKrw(amount, i18n.language);
  return (
    <section className="page" aria-labelledby="allocate-title">
      <p>
        <Link to={`/scouting/demo-days/${id}`}>{day.data.title}</Link>
      </p>
      <h1 id="allocate-title">{t('allocate.title')}</h1>
      <p className="page__lead">{t('allocate.lead')}</p>
      <p role="status" data-testid="allocation-summary">
        {t('allocate.summary', { budget: money(mine.data.budget), allocated: money(mine.data.allocated), left: money(mine.data.budget - mine.data.allocated) })}
      </p>
      {day.data.status !== DemoDayStatus.OPEN ? (
        <p>{t('allocate.notOpen')}</p>
      ) : (
        <ul className="card-list">
          {day.data.products.map((product) => (
            <AllocationRow
              key={product.nominationId}
              demoDayId={id}
              product={product}
              amount={mine.data.allocations.find((a) => a.nominationId === product.nominationId)?.amount ?? 0}
              excluded={mine.data.excluded.find((e) => e.nominationId === product.nominationId)?.reason ?? null}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

export default PanelAllocationRoute;
