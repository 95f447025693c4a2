import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCalls } from '../../../api/get-calls';
import { useDecisions } from '../../../api/get-decisions';
import { Loading, QueryError } from '../../../components/alerts';
import { DecisionKindBadge } from '../../../components/workflow-badges';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useOpenChallenges } from '../api/get-open-challenges';

const SHOWN = 5;

interface Listed {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => unknown;
}

/** One of the home page's lists: a heading, up to five entries (or why there are none), and a link to all. */
function HomeList({ id, title, empty, more, to, query, items }: { id: string; title: string; empty: string; more: string; to: string; query: Listed; items: ReactNode[] | undefined }) {
  return (
    <section className="card home-list" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {items ? items.length ? <ul className="home-list__items">{items}</ul> : <p className="empty-state">{empty}</p> : null}
      <p>
        <Link to={to}>{more}</Link>
      </p>
    </section>
  );
}

/** The latest decisions, the calls open now and the challenges taking solutions now. */
export function LatestLists() {
  const { t, i18n } = useTranslation('statistics');
  const language = i18n.language;
  const decisions = useDecisions({ page: 1, pageSize: SHOWN });
  const calls = useCalls({ phase: 'OPEN', page: 1, pageSize: SHOWN });
  const challenges = useOpenChallenges(SHOWN);
  return (
    <div className="home-lists">
      <HomeList
        id="home-decisions"
        title={t('home.latestDecisions')}
        empty={t('home.noDecisions')}
        more={t('home.allDecisions')}
        to="/decisions"
        query={decisions}
        items={decisions.data?.items.map((decision) => (
          <li key={decision.id}>
            <DecisionKindBadge kind={decision.kind} />{' '}
            {decision.productId ? <Link to={`/products/${decision.productId}`}>{decision.productName}</Link> : decision.companyName}{' '}
            <time className="muted" dateTime={decision.decidedAt}>
              {formatKoreaDateTime(decision.decidedAt, language)}
            </time>
          </li>
        ))}
      />
      <HomeList
        id="home-calls"
        title={t('home.openCalls')}
        empty={t('home.noCalls')}
        more={t('home.allCalls')}
        to="/calls"
        query={calls}
        items={calls.data?.items.map((call) => (
          <li key={call.id}>
            <Link to={`/calls/${call.id}`}>{call.title}</Link>{' '}
            <span className="muted">{t('home.closesAt', { time: formatKoreaDateTime(call.closesAt, language) })}</span>
          </li>
        ))}
      />
      <HomeList
        id="home-challenges"
        title={t('home.openChallenges')}
        empty={t('home.noChallenges')}
        more={t('home.allChallenges')}
        to="/challenges"
        query={challenges}
        items={challenges.data?.items.map((challenge) => (
          <li key={challenge.id}>
            <Link to={`/challenges/${challenge.id}`}>{challenge.title}</Link> <span className="muted">{challenge.institution.name}</span>
            {challenge.solutionCall ? <span className="muted"> · {t('home.closesAt', { time: formatKoreaDateTime(challenge.solutionCall.closesAt, language) })}</span> : null}
          </li>
        ))}
      />
    </div>
  );
}
