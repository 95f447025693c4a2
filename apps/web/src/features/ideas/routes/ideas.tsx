import { Role, type IdeaView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { Pagination } from '../../../components/pagination';
import { useSession } from '../../../lib/session';
import { useIdeas } from '../api/get-ideas';
import { useSupportIdea } from '../api/support-idea';
import { useWithdrawSupport } from '../api/withdraw-support';
import { IdeaForm } from '../components/idea-form';

const PAGE_SIZE = 20;

/** `/ideas` (public): citizens' ideas with their support counts, by support or newest; citizens suggest and support here. */
export function IdeasRoute() {
  const { t } = useTranslation('ideas');
  const { user } = useSession();
  const [search, setSearch] = useSearchParams();
  const sort = search.get('sort') === 'support' ? 'support' : 'newest';
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const ideas = useIdeas({ page, pageSize: PAGE_SIZE, sort });
  const citizen = user?.role === Role.CITIZEN;

  return (
    <section className="page" aria-labelledby="ideas-title">
      <h1 id="ideas-title">{t('list.title')}</h1>
      <p className="page__lead">{t('list.lead')}</p>
      <nav aria-label={t('list.sort')}>
        <ul className="tabs">
          {(['support', 'newest'] as const).map((key) => (
            <li key={key}>
              <Link to={`/ideas?sort=${key}`} aria-current={key === sort ? 'page' : undefined}>
                {t(key === 'support' ? 'list.sortSupport' : 'list.sortNewest')}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {!citizen ? <p className="muted">{t('list.signInToSupport')}</p> : null}
      {ideas.isPending ? <Loading /> : null}
      {ideas.isError ? <QueryError error={ideas.error} onRetry={() => void ideas.refetch()} /> : null}
      {ideas.data ? (
        ideas.data.items.length === 0 ? (
          <p>{t('list.empty')}</p>
        ) : (
          <div aria-busy={ideas.isFetching || undefined}>
            <ul className="card-list" data-testid="idea-list">
              {ideas.data.items.map((idea) => (
                <IdeaCard key={idea.id} idea={idea} citizen={citizen} />
              ))}
            </ul>
            <Pagination page={ideas.data.page} pageSize={ideas.data.pageSize} total={ideas.data.total} onChange={(target) => setSearch({ sort, ...(target > 1 ? { page: String(target) } : {}) })} />
          </div>
        )
      ) : null}
      {citizen ? <IdeaForm /> : null}
    </section>
  );
}

function IdeaCard({ idea, citizen }: { idea: IdeaView; citizen: boolean }) {
  const { t } = useTranslation('ideas');
  const support = useSupportIdea();
  const withdraw = useWithdrawSupport();
  const pending = support.isPending || withdraw.isPending;
  return (
    <li className="card" data-testid="idea-card">
      <h2>{idea.title}</h2>
      <p>
        <span className="badge">{t(`status.${idea.status}`)}</span> <span data-testid="idea-supports">{t('list.supports', { count: idea.supportCount })}</span>
        {idea.mine ? <> · {t('list.mine')}</> : null}
      </p>
      <p>{idea.problem}</p>
      <p>{idea.idea}</p>
      {idea.outcome ? (
        <p>
          {idea.outcome.route ? <>{t(`route.${idea.outcome.route}`)} · </> : null}
          {t('list.outcome', { reason: idea.outcome.reason })}
          {idea.outcome.challengeId ? (
            <>
              {' '}
              <Link to={`/challenges/${idea.outcome.challengeId}`}>{t('list.toChallenge')}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      {idea.incubation ? <p data-testid="idea-incubation">{t('list.incubation', { status: t(`incubation.status.${idea.incubation.status}`) })}</p> : null}
      {citizen && !idea.mine ? (
        idea.supportedByMe ? (
          <button type="button" aria-pressed="true" disabled={pending} onClick={() => withdraw.mutate(idea.id)}>
            {t('list.withdraw')}
          </button>
        ) : (
          <button type="button" aria-pressed="false" disabled={pending} onClick={() => support.mutate(idea.id)} data-testid="support-idea">
            {t('list.support')}
          </button>
        )
      ) : null}
    </li>
  );
}

export default IdeasRoute;
