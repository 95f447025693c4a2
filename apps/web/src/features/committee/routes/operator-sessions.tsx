import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { useCommitteeSessions } from '../api/get-sessions';
import { SessionForm } from '../components/session-form';
import { SessionsTable } from '../components/sessions-table';

/** The operator's committee sessions: every session, and a form to convene one. */
export function OperatorSessionsRoute() {
  const { t } = useTranslation(['committee', 'workflow']);
  const navigate = useNavigate();
  const sessions = useCommitteeSessions();

  return (
    <section className="page" aria-labelledby="op-sessions-title">
      <h1 id="op-sessions-title">{t('operator.title')}</h1>
      <p className="page__lead">{t('operator.lead')}</p>
      <p className="muted">{t('workflow:koreaTimeNote')}</p>
      <section aria-labelledby="op-sessions-list-title">
        <h2 id="op-sessions-list-title">{t('operator.listTitle')}</h2>
        {sessions.isPending ? <Loading /> : null}
        {sessions.isError ? <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} /> : null}
        {sessions.data ? <SessionsTable sessions={sessions.data} linkBase="/operator/sessions/" /> : null}
      </section>
      <section className="card">
        <SessionForm onCreated={(session) => navigate(`/operator/sessions/${session.id}`, { state: { created: true } })} />
      </section>
    </section>
  );
}
