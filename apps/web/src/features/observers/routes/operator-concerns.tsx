import { ConcernStatus } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useConcerns, type GetConcernsParams } from '../../../api/get-concerns';
import { Loading, QueryError } from '../../../components/alerts';
import { ConcernList } from '../../../components/concern-list';
import { ChoiceField } from '../../../components/field';
import { Pagination } from '../../../components/pagination';
import { AnswerForm } from '../components/answer-form';

const PAGE_SIZE = 20;
const FILTERS = ['OPEN', 'OVERDUE', 'ALL'] as const;
type Filter = (typeof FILTERS)[number];

const paramsOf = (filter: Filter, page: number): GetConcernsParams =>
  filter === 'OPEN' ? { status: ConcernStatus.OPEN, page, pageSize: PAGE_SIZE } : filter === 'OVERDUE' ? { overdue: true, page, pageSize: PAGE_SIZE } : { page, pageSize: PAGE_SIZE };

/** The operator's queue of observers' comments and concerns: the open ones first, each answered in public. */
export default function OperatorConcernsRoute() {
  const { t } = useTranslation(['observers', 'workflow']);
  const [search, setSearch] = useSearchParams();
  const filter = FILTERS.find((f) => f === search.get('show')) ?? 'OPEN';
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const concerns = useConcerns(paramsOf(filter, page));
  const go = (nextFilter: Filter, nextPage: number) => setSearch(new URLSearchParams({ show: nextFilter, ...(nextPage > 1 ? { page: String(nextPage) } : {}) }));

  return (
    <section className="page" aria-labelledby="op-concerns-title">
      <h1 id="op-concerns-title">{t('operator.title')}</h1>
      <p className="page__lead">{t('operator.lead')}</p>
      <div className="filters">
        <ChoiceField
          id="op-concerns-filter"
          label={t('operator.filter')}
          choices={FILTERS.filter((f) => f !== 'ALL')}
          value={filter === 'ALL' ? undefined : filter}
          labelOf={(value) => t(`operator.filter${value}`)}
          noneLabel={t('operator.filterALL')}
          onChange={(value) => go(value ?? 'ALL', 1)}
          data-testid="op-concerns-filter"
        />
      </div>
      {concerns.isPending ? <Loading /> : null}
      {concerns.isError ? <QueryError error={concerns.error} onRetry={() => void concerns.refetch()} /> : null}
      {concerns.data ? (
        <div aria-busy={concerns.isFetching || undefined}>
          <ConcernList
            concerns={concerns.data.items}
            testId="op-concerns"
            actions={(concern) => (
              <>
                <p className="muted">
                  {t('operator.decision', { kind: t(`workflow:decisionKind.${concern.decisionKind}`), subject: concern.productName ?? concern.companyName })}
                </p>
                {concern.status === ConcernStatus.OPEN ? <AnswerForm concern={concern} /> : null}
              </>
            )}
          />
          <Pagination page={page} pageSize={PAGE_SIZE} total={concerns.data.total} onChange={(next) => go(filter, next)} testId="op-concerns-pages" />
        </div>
      ) : null}
    </section>
  );
}
