import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { Pagination } from '../../../components/pagination';
import { usePilotPlans } from '../api/get-pilot-plans';
import { PlansTable } from '../components/plans-table';
import { usePilotsTranslation } from '../components/pilots-i18n';

const PAGE_SIZE = 20;

/** `/pilots` (public): the yearly pilot-purchase plans; each opens its demand survey. */
export function PilotPlansRoute() {
  const { t } = usePilotsTranslation();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const plans = usePilotPlans({ page, pageSize: PAGE_SIZE });

  return (
    <section className="page" aria-labelledby="pilot-plans-title">
      <h1 id="pilot-plans-title">{t('plans.pageTitle')}</h1>
      <p className="page__lead">{t('plans.lead')}</p>
      <p className="muted">{t('koreaTimeNote')}</p>
      {plans.isPending ? <Loading /> : null}
      {plans.isError ? <QueryError error={plans.error} onRetry={() => void plans.refetch()} /> : null}
      {plans.data ? (
        <div aria-busy={plans.isFetching || undefined}>
          <PlansTable plans={plans.data.items} caption={t('plans.caption')} linkTo={(plan) => `/pilots/plans/${plan.id}`} />
          <Pagination
            page={plans.data.page}
            pageSize={plans.data.pageSize}
            total={plans.data.total}
            onChange={(target) => setSearch(target > 1 ? { page: String(target) } : {})}
          />
        </div>
      ) : null}
      <p>
        <Link to="/catalogue">{t('plans.toCatalogue')}</Link>
      </p>
    </section>
  );
}

export default PilotPlansRoute;
