import { useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { Pagination } from '../../../components/pagination';
import { usePilotPlans } from '../api/get-pilot-plans';
import { CreatePlanForm } from '../components/create-plan-form';
import { PlansTable } from '../components/plans-table';
import { usePilotsTranslation } from '../components/pilots-i18n';

const PAGE_SIZE = 20;

/** `/operator/pilot-plans` (OPERATOR): every plan, and a form to make the year's plan. */
export function OperatorPilotPlansRoute() {
  const { t } = usePilotsTranslation();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const plans = usePilotPlans({ page, pageSize: PAGE_SIZE });

  return (
    <section className="page" aria-labelledby="op-plans-title">
      <h1 id="op-plans-title">{t('operator.plansTitle')}</h1>
      <p className="page__lead">{t('operator.plansLead')}</p>
      <section aria-labelledby="op-plans-list-title">
        <h2 id="op-plans-list-title">{t('operator.plansListTitle')}</h2>
        {plans.isPending ? <Loading /> : null}
        {plans.isError ? <QueryError error={plans.error} onRetry={() => void plans.refetch()} /> : null}
        {plans.data ? (
          <div aria-busy={plans.isFetching || undefined}>
            <PlansTable plans={plans.data.items} caption={t('operator.plansListTitle')} linkTo={(plan) => `/operator/pilot-plans/${plan.id}`} />
            <Pagination
              page={plans.data.page}
              pageSize={plans.data.pageSize}
              total={plans.data.total}
              onChange={(target) => setSearch(target > 1 ? { page: String(target) } : {})}
            />
          </div>
        ) : null}
      </section>
      <section className="card">
        <CreatePlanForm />
      </section>
    </section>
  );
}

export default OperatorPilotPlansRoute;
