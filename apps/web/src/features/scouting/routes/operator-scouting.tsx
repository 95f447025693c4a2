import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { formatDay } from '../../../lib/format';
import { useCloseScoutingRound } from '../api/close-scouting-round';
import { useDemoDays } from '../api/get-demo-days';
import { useNominations } from '../api/get-nominations';
import { useScoutingRounds } from '../api/get-scouting-rounds';
import { DemoDayStatusBadge } from '../components/badges';
import { DemoDayForm } from '../components/demo-day-form';
import { NominationReview } from '../components/nomination-review';
import { NominationsTable } from '../components/nominations-table';
import { RoundForm } from '../components/round-form';

/** `/operator/scouting` (operator): rounds, pre-screening, demo days. */
export function OperatorScoutingRoute() {
  const { t, i18n } = useTranslation('scouting');
  const rounds = useScoutingRounds({ page: 1, pageSize: 50 });
  const days = useDemoDays({ page: 1, pageSize: 50 });
  const nominations = useNominations({ page: 1, pageSize: 100 });
  const closeRound = useCloseScoutingRound();
  return (
    <section className="page" aria-labelledby="op-scouting-title">
      <h1 id="op-scouting-title">{t('operator.pageTitle')}</h1>
      <RoundForm />
      {rounds.isError ? <QueryError error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
      {closeRound.isError ? <QueryError error={closeRound.error} /> : null}
      {rounds.data ? (
        <ul className="card-list" data-testid="op-rounds">
          {rounds.data.items.map((round) => (
            <li key={round.id} className="card">
              <h3>{round.title}</h3>
              <p>
                {t(`roundStatus.${round.status}`)} · {t('columns.nominations')}: {round.nominations}
              </p>
              {round.status === 'OPEN' ? (
                <button type="button" className="button button--secondary" aria-disabled={closeRound.isPending || undefined} onClick={() => !closeRound.isPending && closeRound.mutate(round.id)}>
                  {t('operator.closeRound')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}

      <h2>{t('operator.nominations')}</h2>
      {nominations.isPending || days.isPending ? <Loading /> : null}
      {nominations.isError ? <QueryError error={nominations.error} onRetry={() => void nominations.refetch()} /> : null}
      {nominations.data && days.data ? (
        <NominationsTable
          showScout
          nominations={nominations.data.items}
          caption={t('operator.nominationsCaption')}
          actions={(n) => <NominationReview nomination={n} demoDays={days.data.items} />}
        />
      ) : null}

      {rounds.data && rounds.data.items.length ? <DemoDayForm rounds={rounds.data.items} /> : null}
      <h2>{t('public.demoDays')}</h2>
      {days.isError ? <QueryError error={days.error} onRetry={() => void days.refetch()} /> : null}
      {days.data ? (
        <ul className="card-list" data-testid="op-demo-days">
          {days.data.items.map((day) => (
            <li key={day.id} className="card">
              <h3>
                <Link to={`/operator/demo-days/${day.id}`}>{day.title}</Link>
              </h3>
              <p>
                {formatDay(day.heldOn, i18n.language)} · {day.place} · <DemoDayStatusBadge status={day.status} />
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export default OperatorScoutingRoute;
