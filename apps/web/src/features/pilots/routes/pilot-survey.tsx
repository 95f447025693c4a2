import { Role, type PilotPlanView } from '@inno/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCategories } from '../../../api/get-categories';
import { myProductsQueryOptions } from '../../../api/get-my-products';
import { Loading, LoadFailure, QueryError } from '../../../components/alerts';
import { Pagination } from '../../../components/pagination';
import { formatNumber } from '../../../lib/format';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useSession } from '../../../lib/session';
import { usePilotPlan } from '../api/get-pilot-plan';
import { usePlanProducts } from '../api/get-plan-products';
import { usePlanResults } from '../api/get-plan-results';
import { surveyPhase } from '../components/plan-phase';
import { PlanResultsTable } from '../components/plan-results-table';
import { PlanSummary } from '../components/plan-summary';
import { usePilotsTranslation } from '../components/pilots-i18n';
import { SurveyFilters, type EligibleFilter, type SurveyFilterValues } from '../components/survey-filters';
import { SurveyProductItem } from '../components/survey-product-item';

const PAGE_SIZE = 20;

function readEligible(value: string | null): EligibleFilter {
  return value === 'eligible' || value === 'excluded' ? value : 'all';
}

/** `/pilots/plans/:planId` (public): a plan's demand survey, its products eligible or excluded with why, and its published results. */
export function PilotSurveyRoute() {
  const { planId = '' } = useParams();
  const { t } = usePilotsTranslation();
  const plan = usePilotPlan(planId);

  if (plan.isPending) return <Loading />;
  if (plan.isError) {
    return (
      <section className="page page--narrow">
        <LoadFailure
          query={plan}
          notFound={
            <div data-testid="plan-not-found">
              <h1>{t('survey.notFoundTitle')}</h1>
              <p>{t('survey.notFoundBody')}</p>
            </div>
          }
        />
        <p>
          <Link to="/pilots">{t('survey.backToPlans')}</Link>
        </p>
      </section>
    );
  }
  return <SurveyPage plan={plan.data} />;
}

function SurveyPage({ plan }: { plan: PilotPlanView }) {
  const { t, i18n } = usePilotsTranslation();
  const [search, setSearch] = useSearchParams();
  const { user } = useSession();
  const filters: SurveyFilterValues = {
    q: search.get('q')?.trim() ?? '',
    category: search.get('category') ?? '',
    eligible: readEligible(search.get('eligible')),
  };
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const products = usePlanProducts(plan.id, {
    q: filters.q || undefined,
    category: filters.category || undefined,
    eligible: filters.eligible === 'all' ? undefined : filters.eligible === 'eligible',
    page,
    pageSize: PAGE_SIZE,
  });
  const categories = useCategories();
  const results = usePlanResults(plan.id, { enabled: plan.published });
  const companyId = user?.role === Role.SUPPLIER ? user.company?.id : undefined;
  // A supplier writes use plans for its own products only.
  const own = useQuery({ ...myProductsQueryOptions(companyId ?? '', { page: 1, pageSize: 100 }), enabled: !!companyId });
  const ownIds = new Set(own.data?.items.map((product) => product.id));
  const open = surveyPhase(plan) === 'OPEN';
  const canApply = open && user?.role === Role.BUYER;

  const go = (next: SurveyFilterValues, nextPage = 1) => {
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.category) params.set('category', next.category);
    if (next.eligible !== 'all') params.set('eligible', next.eligible);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearch(params);
  };

  return (
    <article className="page" aria-labelledby="survey-title">
      <p className="breadcrumb-back">
        <Link to="/pilots">{t('survey.backToPlans')}</Link>
      </p>
      <h1 id="survey-title">{plan.title}</h1>
      <p className="page__lead">{t('survey.lead')}</p>
      <SurveyNotice plan={plan} />
      <section className="card" aria-labelledby="survey-plan-title">
        <h2 id="survey-plan-title">{t('survey.planTitle')}</h2>
        <PlanSummary plan={plan} />
      </section>

      {plan.published ? (
        <section aria-labelledby="survey-results-title">
          <h2 id="survey-results-title">{t('results.title')}</h2>
          {results.isPending ? <Loading /> : null}
          {results.isError ? <QueryError error={results.error} onRetry={() => void results.refetch()} /> : null}
          {results.data ? <PlanResultsTable rows={results.data} /> : null}
        </section>
      ) : null}

      <section aria-labelledby="survey-products-title">
        <h2 id="survey-products-title">{t('survey.productsTitle')}</h2>
        <SurveyFilters values={filters} onChange={(next) => go(next)} />
        {products.isPending ? <Loading /> : null}
        {products.isError ? <QueryError error={products.error} onRetry={() => void products.refetch()} /> : null}
        {products.data ? (
          <div aria-busy={products.isFetching || undefined}>
            <p className="catalogue__total" aria-live="polite" data-testid="survey-total">
              {t('survey.total', { total: formatNumber(products.data.total, i18n.language) })}
            </p>
            {products.data.items.length === 0 ? (
              <p className="empty-state" data-testid="survey-empty">
                {t('survey.empty')}
              </p>
            ) : (
              <ul className="card-grid survey-products" aria-labelledby="survey-products-title">
                {products.data.items.map((product) => (
                  <SurveyProductItem
                    key={product.productId}
                    plan={plan}
                    product={product}
                    categories={categories.data}
                    canApply={canApply}
                    canEditUsePlan={ownIds.has(product.productId)}
                  />
                ))}
              </ul>
            )}
            <Pagination
              page={products.data.page}
              pageSize={products.data.pageSize}
              total={products.data.total}
              onChange={(target) => go(filters, target)}
            />
          </div>
        ) : null}
      </section>
    </article>
  );
}

/** What a visitor can do with the survey now. */
function SurveyNotice({ plan }: { plan: PilotPlanView }) {
  const { t, i18n } = usePilotsTranslation();
  const { state } = useSession();
  const language = i18n.language;
  const phase = surveyPhase(plan);
  if (phase === 'UPCOMING') {
    return (
      <p className="alert alert--info" data-testid="survey-notice" data-phase={phase}>
        {t('survey.upcoming', { date: formatKoreaDateTime(plan.surveyOpensAt, language) })}
      </p>
    );
  }
  if (phase === 'CLOSED') {
    return (
      <p className="alert alert--info" data-testid="survey-notice" data-phase={phase}>
        {t('survey.closed', { date: formatKoreaDateTime(plan.surveyClosesAt, language) })}
      </p>
    );
  }
  const until = t('survey.openUntil', { date: formatKoreaDateTime(plan.surveyClosesAt, language) });
  return (
    <p className="alert alert--info" data-testid="survey-notice" data-phase={phase}>
      {until}{' '}
      {state.status === 'signed-out' ? (
        <Link to="/sign-in" state={{ from: `/pilots/plans/${plan.id}` }}>
          {t('survey.signInToApply')}
        </Link>
      ) : state.user?.role === Role.BUYER ? (
        t('survey.buyerHint')
      ) : null}
    </p>
  );
}

export default PilotSurveyRoute;
