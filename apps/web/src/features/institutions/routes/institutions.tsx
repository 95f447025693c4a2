import { InstitutionType } from '@inno/contracts';
import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { Pagination } from '../../../components/pagination';
import { useInstitutions, type GetInstitutionsParams } from '../api/get-institutions';
import { InstitutionsFilters, type InstitutionsFilterValues } from '../components/institutions-filters';
import { useInstitutionsTranslation } from '../components/institutions-i18n';
import { InstitutionsTable } from '../components/institutions-table';

const PAGE_SIZE = 20;

/** Filters live in the address, so a list can be shared and the back button works. */
function readParams(search: URLSearchParams): GetInstitutionsParams {
  const type = Object.values(InstitutionType).find((candidate) => candidate === search.get('type'));
  return {
    type,
    q: search.get('q')?.trim() || undefined,
    page: Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1),
    pageSize: PAGE_SIZE,
  };
}

/** `/admin/institutions` (ADMIN): the public institutions buyers belong to, to add and correct. */
export function InstitutionsRoute() {
  const { t } = useInstitutionsTranslation();
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const institutions = useInstitutions(params);

  function applyFilters(values: InstitutionsFilterValues) {
    const next = new URLSearchParams();
    if (values.type) next.set('type', values.type);
    if (values.q) next.set('q', values.q);
    setSearch(next);
  }

  function goToPage(page: number) {
    const next = new URLSearchParams(search);
    next.set('page', String(page));
    setSearch(next);
  }

  return (
    <section className="page" aria-labelledby="institutions-title">
      <h1 id="institutions-title">{t('list.title')}</h1>
      <p className="page__lead">{t('list.lead')}</p>
      <p>
        <Link to="/admin/institutions/new" className="button" data-testid="institution-new">
          {t('list.new')}
        </Link>
      </p>
      <InstitutionsFilters key={`${params.type ?? ''}|${params.q ?? ''}`} initial={{ type: params.type, q: params.q ?? '' }} onApply={applyFilters} />
      {institutions.isPending ? <Loading /> : null}
      {institutions.isError ? <QueryError error={institutions.error} onRetry={() => void institutions.refetch()} /> : null}
      {institutions.data ? (
        <div aria-busy={institutions.isFetching || undefined}>
          <InstitutionsTable institutions={institutions.data.items} />
          <Pagination page={institutions.data.page} pageSize={institutions.data.pageSize} total={institutions.data.total} onChange={goToPage} />
        </div>
      ) : null}
    </section>
  );
}

export default InstitutionsRoute;
