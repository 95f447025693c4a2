import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { Pagination } from '../../../components/pagination';
import { useSession } from '../../../lib/session';
import { useMyProducts } from '../../../api/get-my-products';
import { MyProductsTable } from '../components/my-products-table';

const PAGE_SIZE = 20;

export function MyProductsRoute() {
  const { t } = useTranslation();
  const companyId = useSession().user?.company?.id;
  return (
    <section className="page">
      <div className="page__header">
        <h1>{t('myProducts.title')}</h1>
        {companyId ? (
          <Link className="button" to="/my/products/new" data-testid="my-products-new">
            {t('myProducts.new')}
          </Link>
        ) : null}
      </div>
      <p className="page__lead">{t('myProducts.lead')}</p>
      {companyId ? <MyProductsList companyId={companyId} /> : <p data-testid="no-company">{t('organisations.noCompany')}</p>}
    </section>
  );
}

function MyProductsList({ companyId }: { companyId: string }) {
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const products = useMyProducts(companyId, { page, pageSize: PAGE_SIZE });

  if (products.isPending) return <Loading />;
  if (products.isError) return <QueryError error={products.error} onRetry={() => void products.refetch()} />;
  return (
    <div aria-busy={products.isFetching || undefined}>
      <MyProductsTable products={products.data.items} />
      <Pagination
        page={products.data.page}
        pageSize={products.data.pageSize}
        total={products.data.total}
        onChange={(target) => setSearch(new URLSearchParams({ page: String(target) }))}
      />
    </div>
  );
}
