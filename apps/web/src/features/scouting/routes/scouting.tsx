import { Role } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { formatDay } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useDemoDays } from '../api/get-demo-days';
import { useScoutingRounds } from '../api/get-scouting-rounds';
import { DemoDayStatusBadge } from '../components/badges';

/** `/scouting` (public): the rounds and the demo days, each day linking to its programme and results. */
export function ScoutingRoute() {
  const { t, i18n } = useTranslation('scouting');
  const { state } = useSession();
  const isScout = state.status === 'signed-in' && state.user.role === Role.SCOUT;
  const rounds = useScoutingRounds({ page: 1, pageSize: 50 });
  const days = useDemoDays({ page: 1, pageSize: 50 });
  return (
    <section className="page" aria-labelledby="scouting-title">
      <h1 id="scouting-title">{t('public.title')}</h1>
      <p className="page__lead">{t('public.lead')}</p>

      <h2>{t('public.demoDays')}</h2>
      {days.isPending ? <Loading /> : null}
      {days.isError ? <QueryError error={days.error} onRetry={() => void days.refetch()} /> : null}
      {days.data ? (
        days.data.items.length === 0 ? (
          <p>{t('public.noDemoDays')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="demo-days-table">
              <caption className="visually-hidden">{t('public.demoDaysCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.title')}</th>
                  <th scope="col">{t('columns.heldOn')}</th>
                  <th scope="col">{t('columns.place')}</th>
                  <th scope="col">{t('columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {days.data.items.map((day) => (
                  <tr key={day.id} data-testid={`demo-day-row-${day.id}`}>
                    <th scope="row">
                      <Link to={`/scouting/demo-days/${day.id}`}>{day.title}</Link>
                    </th>
                    <td>{formatDay(day.heldOn, i18n.language)}</td>
                    <td>{day.place}</td>
                    <td>
                      <DemoDayStatusBadge status={day.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}

      <h2>{t('public.rounds')}</h2>
      {rounds.isPending ? <Loading /> : null}
      {rounds.isError ? <QueryError error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
      {rounds.data ? (
        rounds.data.items.length === 0 ? (
          <p>{t('public.noRounds')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="rounds-table">
              <caption className="visually-hidden">{t('public.roundsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.title')}</th>
                  <th scope="col">{t('columns.status')}</th>
                  <th scope="col">{t('columns.perScout')}</th>
                  <th scope="col">{t('columns.nominations')}</th>
                  {isScout ? <th scope="col">{t('columns.myRemaining')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {rounds.data.items.map((round) => (
                  <tr key={round.id}>
                    <th scope="row">
                      {round.title}
                      <p className="muted">{round.description}</p>
                    </th>
                    <td>{t(`roundStatus.${round.status}`)}</td>
                    <td>{round.nominationsPerScout}</td>
                    <td>{round.nominations}</td>
                    {isScout ? (
                      <td>
                        {round.myRemaining}
                        {round.status === 'OPEN' && round.myRemaining ? (
                          <>
                            {' '}
                            <Link to={`/scout/nominations?round=${round.id}`}>{t('public.nominateHere')}</Link>
                          </>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </section>
  );
}

export default ScoutingRoute;
