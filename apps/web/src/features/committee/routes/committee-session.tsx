import type { SessionView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCategories } from '../../../api/get-categories';
import { Loading, QueryError } from '../../../components/alerts';
import { useSession } from '../../../lib/session';
import { useCommitteeSession } from '../api/get-session';
import { AgendaItemCard, type Sitting } from '../components/agenda-item-card';
import { AttendanceForm } from '../components/attendance-form';
import { SessionFacts } from '../components/session-facts';

/** A member's session: each agenda item to declare on and score; the chair's console on each for the chair. */
export function CommitteeSessionRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation('committee');
  // Polled: counts of scores move as members score.
  const session = useCommitteeSession(id, { live: true });

  return (
    <section className="page" aria-labelledby="session-title">
      <p className="breadcrumb-back">
        <Link to="/committee">{t('member.backToList')}</Link>
      </p>
      {session.isPending ? <Loading /> : null}
      {session.isError ? <QueryError error={session.error} onRetry={() => void session.refetch()} /> : null}
      {session.data ? (
        <MemberSession session={session.data} refreshing={session.isFetching} onRefresh={() => void session.refetch()} />
      ) : null}
    </section>
  );
}

function MemberSession({ session, refreshing, onRefresh }: { session: SessionView; refreshing: boolean; onRefresh: () => void }) {
  const { t } = useTranslation('committee');
  const { user } = useSession();
  const categories = useCategories();
  const isChair = user?.id === session.chairId;
  const me = session.members.find((member) => member.userId === user?.id);
  const sitting: Sitting = { open: session.openedAt !== null, present: !!me?.presence && me.presence !== 'ABSENT', meetingDate: session.meetingDate };
  return (
    <>
      <h1 id="session-title">{session.title}</h1>
      {isChair ? (
        <p className="badge badge--role" data-testid="you-chair">
          {t('member.youChair')}
        </p>
      ) : null}
      <section className="card" aria-label={t('session.factsLabel')}>
        <SessionFacts session={session} />
        {session.items.some((item) => item.status === 'CLOSED') ? (
          <p>
            <Link to={`/minutes/${session.id}`}>{t('session.minutesLink')}</Link>
          </p>
        ) : null}
      </section>
      {session.openedAt === null && isChair ? <AttendanceForm session={session} /> : null}
      {session.openedAt === null && !isChair ? (
        <p className="alert alert--info" data-testid="session-not-open">
          {t('attendance.notOpen', { date: session.meetingDate })}
        </p>
      ) : null}
      <section className="card card--notice" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('member.rulesTitle')}</h2>
        <ul>
          <li>{t('member.ruleDeclare')}</li>
          <li>{t('member.ruleHidden')}</li>
          <li>{t('member.ruleSitting')}</li>
          <li>{t('member.ruleQuorum')}</li>
        </ul>
      </section>
      {session.items.length === 0 ? <p className="empty-state">{t('agenda.empty')}</p> : null}
      {session.items.map((item) => (
        <AgendaItemCard key={item.id} item={item} categories={categories.data} isChair={isChair} sitting={sitting} onRefresh={onRefresh} refreshing={refreshing} />
      ))}
    </>
  );
}
