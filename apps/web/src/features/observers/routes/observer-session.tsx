import { Role, type ObserverItemView, type ObserverSessionView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useConcerns } from '../../../api/get-concerns';
import { Loading, LoadFailure, QueryError } from '../../../components/alerts';
import { ConcernList } from '../../../components/concern-list';
import { DescriptionList } from '../../../components/description-list';
import { ItemDecisionSummary } from '../../../components/item-decision';
import { formatNumber } from '../../../lib/format';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useSession } from '../../../lib/session';
import { useObserverSession } from '../api/get-observer-session';
import { ConcernForm } from '../components/concern-form';

/** A committee session as an observer reads it: whole once closed, as the public sees it before. */
export default function ObserverSessionRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation('observers');
  const session = useObserverSession(id);
  if (session.isPending) return <Loading />;
  if (session.isError) {
    return (
      <section className="page page--narrow">
        <LoadFailure query={session} notFound={<h1>{t('session.notClosedTitle')}</h1>} />
      </section>
    );
  }
  return <ObserverSession session={session.data} />;
}

function ObserverSession({ session }: { session: ObserverSessionView }) {
  const { t, i18n } = useTranslation('observers');
  return (
    <article className="page" aria-labelledby="observer-session-title" data-testid="observer-session" data-closed={session.closed}>
      <p className="muted">{t('session.kicker')}</p>
      <h1 id="observer-session-title">{session.title}</h1>
      <DescriptionList
        testId="observer-session-facts"
        items={[
          { key: 'date', term: t('session.date'), value: <time dateTime={session.startsAt}>{formatKoreaDateTime(session.startsAt, i18n.language)}</time> },
          { key: 'place', term: t('session.place'), value: session.place || (session.online ? t('sessions.online') : '') },
        ]}
      />
      <p>
        <Link to={`/minutes/${session.id}`} data-testid="observer-minutes-link">
          {t('session.minutesLink')}
        </Link>
      </p>
      {session.closed ? (
        <>
          <Attendance session={session} />
          <section aria-labelledby="observer-items-title">
            <h2 id="observer-items-title">{t('session.itemsTitle')}</h2>
            {session.items.map((item, index) => (
              <Item key={item.id} item={item} index={index} />
            ))}
          </section>
        </>
      ) : (
        <div className="alert alert--info" role="status" data-testid="observer-session-not-closed">
          <h2 className="alert__title">{t('session.notClosedTitle')}</h2>
          <p>{t('session.notClosedBody')}</p>
        </div>
      )}
    </article>
  );
}

function Attendance({ session }: { session: ObserverSessionView }) {
  const { t } = useTranslation('observers');
  return (
    <section aria-labelledby="observer-attendance-title">
      <h2 id="observer-attendance-title">{t('session.attendanceTitle')}</h2>
      <div className="table-wrap">
        <table className="table" data-testid="observer-attendance">
          <caption className="visually-hidden">{t('session.attendanceTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('session.member')}</th>
              <th scope="col">{t('session.presence')}</th>
            </tr>
          </thead>
          <tbody>
            {session.attendance.map((member) => (
              <tr key={member.name}>
                <th scope="row">
                  {member.name}
                  {member.isChair ? <span className="muted"> · {t('session.chair')}</span> : null}
                </th>
                <td>{member.presence ? t(`session.presence${member.presence}`) : t('session.notRecorded')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Item({ item, index }: { item: ObserverItemView; index: number }) {
  const { t, i18n } = useTranslation(['observers', 'translation']);
  const number = (value: number) => formatNumber(value, i18n.language);
  const titleId = `observer-item-${index}`;
  return (
    <section className="card" aria-labelledby={titleId} data-testid={titleId}>
      <h3 id={titleId}>
        {item.productName} <span className="muted">· {item.companyName}</span>
      </h3>
      {item.subject === 'CHALLENGE' ? <p className="muted">{t('session.challengeSubject')}</p> : null}
      {item.decision ? <ItemDecisionSummary decision={item.decision} testId={`${titleId}-decision`} /> : null}

      <h4>{t('session.recusedTitle')}</h4>
      {item.recused.length ? (
        <>
          <ul data-testid={`${titleId}-recused`}>
            {item.recused.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          <p className="field__hint">{t('session.recusedHint')}</p>
        </>
      ) : (
        <p className="muted">{t('session.recusedNone')}</p>
      )}

      <h4 id={`${titleId}-scores-title`}>{t('session.scoresTitle')}</h4>
      <p className="field__hint">{t('session.scoresHint')}</p>
      <div className="table-wrap">
        <table className="table" aria-labelledby={`${titleId}-scores-title`} data-testid={`${titleId}-scores`}>
          <thead>
            <tr>
              <th scope="col">{t('session.member')}</th>
              <th scope="col">{t('session.total')}</th>
            </tr>
          </thead>
          <tbody>
            {item.scores.map((score) => (
              <tr key={score.member}>
                <th scope="row">{t('session.memberNumber', { number: score.member })}</th>
                <td>{number(score.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <details data-testid={`${titleId}-trail`}>
        <summary>{t('session.trailTitle')}</summary>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('session.trailTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('session.trailAt')}</th>
                <th scope="col">{t('session.trailAction')}</th>
                <th scope="col">{t('session.trailBy')}</th>
                <th scope="col">{t('session.trailState')}</th>
              </tr>
            </thead>
            <tbody>
              {item.trail.map((entry, i) => (
                <tr key={`${entry.at}-${i}`}>
                  <td>
                    <time dateTime={entry.at}>{formatKoreaDateTime(entry.at, i18n.language)}</time>
                  </td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>{entry.actorName ?? (entry.actorRole && entry.actorRole !== 'SYSTEM' ? t('session.trailUnnamed', { role: t(`translation:roles.${entry.actorRole}` as never, { defaultValue: entry.actorRole }) }) : t('session.trailSystem'))}</td>
                  <td>{entry.fromState || entry.toState ? `${entry.fromState ?? '—'} → ${entry.toState ?? '—'}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      {item.decisionId ? <DecisionConcerns decisionId={item.decisionId} titleId={titleId} /> : <p className="muted">{t('session.noDecision')}</p>}
    </section>
  );
}

function DecisionConcerns({ decisionId, titleId }: { decisionId: string; titleId: string }) {
  const { t } = useTranslation('observers');
  const { user } = useSession();
  const concerns = useConcerns({ decisionId, page: 1, pageSize: 50 });
  return (
    <section aria-labelledby={`${titleId}-concerns-title`}>
      <h4 id={`${titleId}-concerns-title`}>{t('session.concernsTitle')}</h4>
      {concerns.isError ? <QueryError error={concerns.error} onRetry={() => void concerns.refetch()} /> : null}
      {concerns.data ? <ConcernList concerns={concerns.data.items} testId={`${titleId}-concerns`} /> : null}
      {user?.role === Role.OBSERVER ? <ConcernForm decisionId={decisionId} /> : null}
    </section>
  );
}
