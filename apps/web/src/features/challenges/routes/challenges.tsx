import { ChallengeStatus } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { MessageList } from '../../../components/message-list';
import { Pagination } from '../../../components/pagination';
import { useChallenges } from '../api/get-challenges';
import { ChallengeStatusBadge } from '../components/challenge-status';

const PAGE_SIZE = 20;
/** The public views: challenges taking solutions, those selected (and what became of them), and every decision with its reason. */
const TABS = {
  open: [ChallengeStatus.SOLUTION_CALL_OPEN],
  selected: [ChallengeStatus.SELECTED, ChallengeStatus.SOLUTION_CALL_OPEN, ChallengeStatus.SOLUTIONS_CLOSED, ChallengeStatus.EVALUATION, ChallengeStatus.DESIGNATED, ChallengeStatus.PURCHASED_FOR_PROPOSER],
  results: [ChallengeStatus.SELECTED, ChallengeStatus.NOT_SELECTED],
  all: undefined,
} as const;
type Tab = keyof typeof TABS;
const isTab = (value: string | null): value is Tab => !!value && value in TABS;

/** `/challenges` (public): institutions' problems, selected challenges, and selection results with reasons. */
export function ChallengesRoute() {
  const { t } = useTranslation(['challenges', 'workflow']);
  const [search, setSearch] = useSearchParams();
  const tabParam = search.get('view');
  const tab: Tab = isTab(tabParam) ? tabParam : 'all';
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const challenges = useChallenges({ page, pageSize: PAGE_SIZE, status: TABS[tab] });

  return (
    <section className="page" aria-labelledby="challenges-title">
      <h1 id="challenges-title">{t('list.title')}</h1>
      <p className="page__lead">{t('list.lead')}</p>
      <nav aria-label={t('list.tabs')}>
        <ul className="tabs">
          {(Object.keys(TABS) as Tab[]).map((key) => (
            <li key={key}>
              <Link to={`/challenges?view=${key}`} aria-current={key === tab ? 'page' : undefined}>
                {t(`list.tab.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {challenges.isPending ? <Loading /> : null}
      {challenges.isError ? <QueryError error={challenges.error} onRetry={() => void challenges.refetch()} /> : null}
      {challenges.data ? (
        challenges.data.items.length === 0 ? (
          <p>{t('list.empty')}</p>
        ) : (
          <div aria-busy={challenges.isFetching || undefined}>
            <ul className="card-list" data-testid="challenge-list">
              {challenges.data.items.map((challenge) => (
                <li key={challenge.id} className="card">
                  <h2>
                    <Link to={`/challenges/${challenge.id}`}>{challenge.title}</Link>
                  </h2>
                  <p>
                    <ChallengeStatusBadge status={challenge.status} /> {t('list.institution')}: {challenge.institution.name}
                  </p>
                  <p>{challenge.need}</p>
                  {challenge.selection ? (
                    <div data-testid="challenge-result">
                      <p>
                        {t('list.reason')} ({t(`workflow:challengeSelection.${challenge.selection.by}`)}):
                      </p>
                      <MessageList messages={challenge.selection.reasons} />
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
            <Pagination
              page={challenges.data.page}
              pageSize={challenges.data.pageSize}
              total={challenges.data.total}
              onChange={(target) => setSearch({ view: tab, ...(target > 1 ? { page: String(target) } : {}) })}
            />
          </div>
        )
      ) : null}
    </section>
  );
}

export default ChallengesRoute;
