import type { SessionView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { SessionPlace } from './session-facts';
import { DataTable } from '../../../components/data-table';

/** Sessions, soonest first as the API gives them; each links to its page (`linkBase` + id). */
export function SessionsTable({ sessions, linkBase, viewerId }: { sessions: SessionView[]; linkBase: string; viewerId?: string }) {
  const { t, i18n } = useTranslation('committee');
  return (
    <DataTable
      caption={t('sessions.caption')}
      testId="sessions-table"
      rows={sessions}
      rowKey={(session) => session.id}
      rowTestId={(session) => `session-row-${session.id}`}
      empty={t('sessions.empty')}
      columns={[
        { key: 'title', header: t('sessions.title'), rowHeader: true, cell: (session) => <Link to={`${linkBase}${session.id}`}>{session.title}</Link> },
        { key: 'startsAt', header: t('sessions.startsAt'), cell: (session) => <time dateTime={session.startsAt}>{formatKoreaDateTime(session.startsAt, i18n.language)}</time> },
        { key: 'place', header: t('sessions.place'), cell: (session) => <SessionPlace session={session} /> },
        {
          key: 'items',
          header: t('sessions.items'),
          cell: (session) => t('sessions.itemCount', { total: session.items.length, open: session.items.filter((item) => item.status === 'OPEN').length }),
        },
        viewerId
          ? { key: 'myRole', header: t('sessions.myRole'), cell: (session) => (session.chairId === viewerId ? t('sessions.chair') : t('sessions.member')) }
          : { key: 'members', header: t('sessions.members'), cell: (session) => session.members.length },
      ]}
    />
  );
}
