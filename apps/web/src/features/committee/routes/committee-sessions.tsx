import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/alerts';
import { useSession } from '../../../lib/session';
import { useCommitteeSessions } from '../api/get-sessions';
import { SessionsTable } from '../components/sessions-table';

/** A committee member's sessions. */
export function CommitteeSessionsRoute() {
  const { t } = useTranslation(['committee', 'workflow']);
  const { user } = useSession();
  const sessions = useCommitteeSessions();

  return (
    <section className="page" aria-labelledby="my-sessions-title">
      <h1 id="my-sessions-title">{t('member.title')}</h1>
      <p className="page__lead">{t('member.lead')}</p>
      <p className="muted">{t('workflow:koreaTimeNote')}</p>
      {sessions.isPending ? <Loading /> : null}
      {sessions.isError ? <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} /> : null}
      {sessions.data ? <SessionsTable sessions={sessions.data} linkBase="/committee/sessions/" viewerId={user?.id} /> : null}
    </section>
  );
}
