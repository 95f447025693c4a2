import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCalls } from '../../../api/get-calls';
import { useCategories } from '../../../api/get-categories';
import { Loading, QueryError } from '../../../components/alerts';
import { Pagination } from '../../../components/pagination';
import { CallsTable } from '../components/calls-table';
import { PhaseFilter, readPhase } from '../components/phase-filter';

const PAGE_SIZE = 20;

/** The public list of calls (공고), filtered by phase in the address. */
export function CallsRoute() {
  const { t } = useTranslation(['calls', 'workflow']);
  const [search, setSearch] = useSearchParams();
  const phase = readPhase(search.get('phase'));
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const calls = useCalls({ phase, page, pageSize: PAGE_SIZE });
  const categories = useCategories();

  const go = (next: { phase?: string; page?: number }) => {
    const params = new URLSearchParams();
    const nextPhase = 'phase' in next ? next.phase : phase;
    if (nextPhase) params.set('phase', nextPhase);
    if (next.page && next.page > 1) params.set('page', String(next.page));
    setSearch(params);
  };

  return (
    <section className="page" aria-labelledby="calls-title">
      <h1 id="calls-title">{t('list.title')}</h1>
      <p className="page__lead">{t('list.lead')}</p>
      <p className="muted">{t('workflow:koreaTimeNote')}</p>
      <PhaseFilter id="calls-phase" phase={phase} onChange={(value) => go({ phase: value ?? '' })} />
      {calls.isPending ? <Loading /> : null}
      {calls.isError ? <QueryError error={calls.error} onRetry={() => void calls.refetch()} /> : null}
      {calls.data ? (
        <div aria-busy={calls.isFetching || undefined}>
          <CallsTable calls={calls.data.items} categories={categories.data} caption={t('list.caption')} />
          <Pagination page={calls.data.page} pageSize={calls.data.pageSize} total={calls.data.total} onChange={(target) => go({ page: target })} />
        </div>
      ) : null}
    </section>
  );
}
