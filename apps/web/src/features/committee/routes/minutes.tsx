import type { MinutesView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading, LoadFailure } from '../../../components/alerts';
import { DescriptionList } from '../../../components/description-list';
import { formatNumber } from '../../../lib/format';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useMinutes } from '../api/get-minutes';
import { PublishedMessageList } from '../../../components/message-list';

/** A session's published minutes: attendance, recusals, and each closed item's result with its scores (no names). */
export function MinutesRoute() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation(['committee', 'workflow']);
  const minutes = useMinutes(sessionId);

  if (minutes.isPending) return <Loading />;
  if (minutes.isError) {
    return (
      <section className="page page--narrow">
        <LoadFailure
          query={minutes}
          notFound={
            <div data-testid="minutes-not-found">
              <h1>{t('minutes.notFoundTitle')}</h1>
              <p>{t('minutes.notFoundBody')}</p>
            </div>
          }
        />
      </section>
    );
  }
  return <Minutes minutes={minutes.data} />;
}

function Minutes({ minutes }: { minutes: MinutesView }) {
  const { t, i18n } = useTranslation(['committee', 'workflow']);
  const language = i18n.language;
  const number = (value: number) => formatNumber(value, language);
  return (
    <article className="page" aria-labelledby="minutes-title" data-testid="minutes">
      <p className="muted">{t('minutes.kicker')}</p>
      <h1 id="minutes-title">{minutes.title}</h1>
      <DescriptionList
        testId="minutes-facts"
        items={[
          { key: 'startsAt', term: t('minutes.startsAt'), value: <time dateTime={minutes.startsAt}>{formatKoreaDateTime(minutes.startsAt, language)}</time> },
          { key: 'place', term: t('minutes.place'), value: minutes.place || t('minutes.none') },
        ]}
      />

      <section aria-labelledby="minutes-items-title">
        <h2 id="minutes-items-title">{t('minutes.itemsTitle')}</h2>
        <p className="muted">{t('minutes.itemsLead')}</p>
        {minutes.items.length === 0 ? <p className="empty-state">{t('minutes.noItems')}</p> : null}
        {minutes.items.map((item, index) => (
          <section key={`${item.productName}-${item.closedAt}`} className="card" aria-labelledby={`minutes-item-${index}`} data-testid={`minutes-item-${index}`} data-passed={item.passed}>
            <h3 id={`minutes-item-${index}`}>
              {item.productName} <span className="muted">· {item.companyName}</span>
            </h3>
            {item.subject === 'CHALLENGE' ? <p className="muted">{t('item.challengeSubject')}</p> : null}
            <p className={`decision decision--${item.passed ? 'passed' : 'failed'}`}>
              <strong>{item.passed ? t('workflow:decision.passed') : t('workflow:decision.failed')}</strong> ·{' '}
              {t('workflow:decision.aggregate', { aggregate: number(item.aggregate) })}
            </p>
            <p data-testid={`minutes-item-${index}-totals`}>{t('minutes.totals', { totals: item.totals.map(number).join(', '), count: item.totals.length })}</p>
            {item.votes ? (
              <p data-testid={`minutes-item-${index}-votes`}>
                {t('workflow:decision.votes', { present: number(item.present), for: number(item.votes.for), against: number(item.votes.against), abstain: number(item.votes.abstain) })}
              </p>
            ) : null}
            {item.reasons.length ? (
              <>
                <p>{t('workflow:decision.reasons')}</p>
                <PublishedMessageList messages={item.reasonMessages} testId={`minutes-item-${index}-reasons`} />
              </>
            ) : null}
            <p className="muted">{t('minutes.closedAt', { date: formatKoreaDateTime(item.closedAt, language) })}</p>
          </section>
        ))}
      </section>

      <section aria-labelledby="minutes-attendance-title">
        <h2 id="minutes-attendance-title">{t('minutes.attendanceTitle')}</h2>
        <div className="table-wrap">
          <table className="table" data-testid="minutes-attendance">
            <caption className="visually-hidden">{t('minutes.attendanceTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('minutes.member')}</th>
                <th scope="col">{t('minutes.presence')}</th>
                <th scope="col">{t('minutes.scoredItems')}</th>
              </tr>
            </thead>
            <tbody>
              {minutes.attendance.map((member) => (
                <tr key={member.name}>
                  <th scope="row">{member.name}</th>
                  <td>{member.presence ? t(`attendance.presence.${member.presence}`) : t('minutes.notRecorded')}</td>
                  <td>{number(member.scoredItems)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="minutes-recusals-title">
        <h2 id="minutes-recusals-title">{t('minutes.recusalsTitle')}</h2>
        {minutes.recusals.length === 0 ? (
          <p className="muted" data-testid="minutes-recusals-none">
            {t('minutes.noRecusals')}
          </p>
        ) : (
          <ul data-testid="minutes-recusals">
            {minutes.recusals.map((recusal) => (
              <li key={`${recusal.productName}-${recusal.memberName}`}>{t('minutes.recusal', { member: recusal.memberName, product: recusal.productName })}</li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
