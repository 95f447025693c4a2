import type { SessionView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useCategories } from '../../../api/get-categories';
import { Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { useCommitteeSession } from '../api/get-session';
import { AddAgendaItemForm } from '../components/add-agenda-item-form';
import { OperatorAgendaItem } from '../components/operator-agenda-item';
import { SessionFacts } from '../components/session-facts';

/** A session as the operator prepares it: the agenda, proposals to add, and each item's criteria until frozen. */
export function OperatorSessionRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation('committee');
  const session = useCommitteeSession(id);

  return (
    <section className="page" aria-labelledby="op-session-title">
      <p className="breadcrumb-back">
        <Link to="/operator/sessions">{t('operator.backToList')}</Link>
      </p>
      {session.isPending ? <Loading /> : null}
      {session.isError ? <QueryError error={session.error} onRetry={() => void session.refetch()} /> : null}
      {session.data ? <OperatorSession session={session.data} /> : null}
    </section>
  );
}

function OperatorSession({ session }: { session: SessionView }) {
  const { t } = useTranslation('committee');
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const categories = useCategories();
  return (
    <>
      <h1 id="op-session-title">{session.title}</h1>
      {created ? <StatusMessage testId="session-created">{t('operator.created')}</StatusMessage> : null}
      <section className="card" aria-label={t('session.factsLabel')}>
        <SessionFacts session={session} />
        <p>
          <Link to={`/minutes/${session.id}`}>{t('session.minutesLink')}</Link>
        </p>
      </section>
      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title">{t('agenda.title')}</h2>
        <p className="muted">{t('agenda.lead')}</p>
        <AddAgendaItemForm session={session} />
        {session.items.length === 0 ? <p className="empty-state">{t('agenda.empty')}</p> : null}
        {session.items.map((item) => (
          <OperatorAgendaItem key={item.id} item={item} categories={categories.data} />
        ))}
      </section>
    </>
  );
}
