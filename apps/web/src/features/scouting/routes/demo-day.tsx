import { DemoDayStatus } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadFailure, Loading } from '../../../components/alerts';
import { formatDay, formatKrw } from '../../../lib/format';
import { useDemoDay } from '../api/get-demo-day';
import { DemoDayStatusBadge } from '../components/badges';
import { Programme } from '../components/programme';
import { DemoDayResults } from '../components/results-table';

/** `/scouting/demo-days/:id` (public): the programme; the results once closed; the way in for panel members. */
export function DemoDayRoute() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('scouting');
  const day = useDemoDay(id);
  if (day.isPending) return <Loading />;
  if (day.isError) return <LoadFailure query={day} notFound={<p>{t('invitation.notFound')}</p>} />;
  const d = day.data;
  return (
    <section className="page" aria-labelledby="demo-day-title">
      <p>
        <Link to="/scouting">{t('day.back')}</Link>
      </p>
      <h1 id="demo-day-title">{d.title}</h1>
      <p>
        {formatDay(d.heldOn, i18n.language)} · {d.place} · <DemoDayStatusBadge status={d.status} testId="demo-day-status" />
      </p>
      <p>{t('day.budget', { amount: formatKrw(d.budget, i18n.language) })}</p>
      <p>{t('day.recommendedCount', { count: d.recommendedCount })}</p>
      {d.onPanel && d.status === DemoDayStatus.OPEN ? (
        <p>
          <Link className="button" to={`/panel/demo-days/${d.id}`} data-testid="to-allocate">
            {t('day.toAllocate')}
          </Link>
        </p>
      ) : null}
      <Programme day={d} />
      {d.status === DemoDayStatus.CLOSED ? <DemoDayResults demoDayId={d.id} /> : <p className="muted">{t('day.hidden')}</p>}
    </section>
  );
}

export default DemoDayRoute;
