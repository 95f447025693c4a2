import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useObserverSessions } from '../api/get-observer-sessions';

/** Every committee session, for observers: closed ones open whole, those still sitting as the public sees them. */
export default function ObserverSessionsRoute() {
  const { t, i18n } = useTranslation('observers');
  const sessions = useObserverSessions();
  return (
    <section className="page" aria-labelledby="observer-sessions-title">
      <h1 id="observer-sessions-title">{t('sessions.title')}</h1>
      <p className="page__lead">{t('sessions.lead')}</p>
      {sessions.isPending ? <Loading /> : null}
      {sessions.isError ? <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} /> : null}
      {sessions.data?.length === 0 ? <p className="empty-state">{t('sessions.empty')}</p> : null}
      {sessions.data?.length ? (
        <div className="table-wrap">
          <table className="table" data-testid="observer-sessions">
            <caption className="visually-hidden">{t('sessions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sessions.session')}</th>
                <th scope="col">{t('sessions.date')}</th>
                <th scope="col">{t('sessions.place')}</th>
                <th scope="col">{t('sessions.state')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((session) => (
                <tr key={session.id} data-testid={`observer-session-row-${session.id}`} data-closed={session.closed}>
                  <th scope="row">
                    <Link to={`/observer/sessions/${session.id}`}>{session.title}</Link>
                  </th>
                  <td>
                    <time dateTime={session.startsAt}>{formatKoreaDateTime(session.startsAt, i18n.language)}</time>
                  </td>
                  <td>{session.place || (session.online ? t('sessions.online') : '')}</td>
                  <td>{session.closed ? t('sessions.closed') : t('sessions.inProgress', { closed: session.closedItemCount, total: session.itemCount })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
