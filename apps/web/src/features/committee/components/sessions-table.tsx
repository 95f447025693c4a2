import type { SessionView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { SessionPlace } from './session-facts';

/** Sessions, soonest first as the API gives them; each links to its page (`linkBase` + id). */
export function SessionsTable({ sessions, linkBase, viewerId }: { sessions: SessionView[]; linkBase: string; viewerId?: string }) {
  const { t, i18n } = useTranslation('committee');
  return (
    <div className="table-wrap">
      <table className="table" data-testid="sessions-table">
        <caption className="visually-hidden">{t('sessions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sessions.title')}</th>
            <th scope="col">{t('sessions.startsAt')}</th>
            <th scope="col">{t('sessions.place')}</th>
            <th scope="col">{t('sessions.items')}</th>
            {viewerId ? <th scope="col">{t('sessions.myRole')}</th> : <th scope="col">{t('sessions.members')}</th>}
          </tr>
        </thead>
        <tbody>
          {sessions.length === 0 ? (
            <tr>
              <td colSpan={5} className="table__empty">
                {t('sessions.empty')}
              </td>
            </tr>
          ) : (
            sessions.map((session) => {
              const open = session.items.filter((item) => item.status === 'OPEN').length;
              return (
                <tr key={session.id} data-testid={`session-row-${session.id}`}>
                  <th scope="row">
                    <Link to={`${linkBase}${session.id}`}>{session.title}</Link>
                  </th>
                  <td>
                    <time dateTime={session.startsAt}>{formatKoreaDateTime(session.startsAt, i18n.language)}</time>
                  </td>
                  <td>
                    <SessionPlace session={session} />
                  </td>
                  <td>{t('sessions.itemCount', { total: session.items.length, open })}</td>
                  <td>{viewerId ? (session.chairId === viewerId ? t('sessions.chair') : t('sessions.member')) : session.members.length}</td>
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
