import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCalls } from '../../../api/get-calls';
import { useCategories } from '../../../api/get-categories';
import { Loading, QueryError } from '../../../components/alerts';
import { Pagination } from '../../../components/pagination';
import { CallForm } from '../components/call-form';
import { CallsTable } from '../components/calls-table';
import { PhaseFilter, readPhase } from '../components/phase-filter';

const PAGE_SIZE = 20;

/** The operator's calls: every call by phase, and a form to open a new one. */
export function OperatorCallsRoute() {
  const { t } = useTranslation(['calls', 'workflow']);
  const [search, setSearch] = useSearchParams();
  const phase = readPhase(search.get('phase'));
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const calls = useCalls({ phase, page, pageSize: PAGE_SIZE });
  const categories = useCategories();

  const go = (nextPhase: string | undefined, nextPage: number) => {
    const params = new URLSearchParams();
    if (nextPhase) params.set('phase', nextPhase);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearch(params);
  };

  return (
    <section className="page" aria-labelledby="op-calls-title">
      <h1 id="op-calls-title">{t('operator.title')}</h1>
      <p className="page__lead">{t('operator.lead')}</p>
      <section aria-labelledby="op-calls-list-title">
        <h2 id="op-calls-list-title">{t('operator.listTitle')}</h2>
        <PhaseFilter id="op-calls-phase" phase={phase} onChange={(value) => go(value, 1)} />
        {calls.isPending ? <Loading /> : null}
        {calls.isError ? <QueryError error={calls.error} onRetry={() => void calls.refetch()} /> : null}
        {calls.data ? (
          <div aria-busy={calls.isFetching || undefined}>
            <CallsTable calls={calls.data.items} categories={categories.data} caption={t('operator.listTitle')} />
            <Pagination page={calls.data.page} pageSize={calls.data.pageSize} total={calls.data.total} onChange={(target) => go(phase, target)} />
          </div>
        ) : null}
      </section>
      <section className="card">
        <CallForm />
      </section>
    </section>
  );
}
