import { OrderStatus, Role } from '@inno/contracts';
import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { ChoiceField } from '../../../components/field';
import { Pagination } from '../../../components/pagination';
import { formatDay, formatKrw } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useOrders } from '../api/get-orders';
import { OrderStatusBadge } from '../components/order-status-badge';
import { useOrdersTranslation } from '../components/orders-i18n';

const PAGE_SIZE = 20;
const STATUSES = Object.values(OrderStatus);

function readStatus(value: string | null): OrderStatus | undefined {
  return value && (STATUSES as string[]).includes(value) ? (value as OrderStatus) : undefined;
}

/** `/my/orders` (BUYER, SUPPLIER): the institution's orders, or those the company received. */
export function MyOrdersRoute() {
  const { t, i18n } = useOrdersTranslation();
  const role = useSession().user?.role;
  const buyer = role === Role.BUYER;
  const [search, setSearch] = useSearchParams();
  const status = readStatus(search.get('status'));
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const orders = useOrders({ status, page, pageSize: PAGE_SIZE });

  const go = (nextStatus: string | undefined, nextPage: number) => {
    const params = new URLSearchParams();
    if (nextStatus) params.set('status', nextStatus);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearch(params);
  };

  return (
    <section className="page" aria-labelledby="my-orders-title">
      <div className="page__header">
        <h1 id="my-orders-title">{t('mine.title')}</h1>
        {buyer ? (
          <Link className="button" to="/catalogue" data-testid="my-orders-find">
            {t('mine.findProducts')}
          </Link>
        ) : null}
      </div>
      <p className="page__lead">{buyer ? t('mine.leadBuyer') : t('mine.leadSupplier')}</p>
      <div className="filters">
        <ChoiceField
          id="my-orders-status"
          label={t('mine.status')}
          choices={STATUSES}
          value={status}
          labelOf={(value) => t(`status.${value}`)}
          noneLabel={t('mine.allStatuses')}
          onChange={(value) => go(value, 1)}
        />
      </div>
      {orders.isPending ? <Loading /> : null}
      {orders.isError ? <QueryError error={orders.error} onRetry={() => void orders.refetch()} /> : null}
      {orders.data ? (
        <div aria-busy={orders.isFetching || undefined}>
          <div className="table-wrap">
            <table className="table" data-testid="my-orders-table">
              <caption className="visually-hidden">{t('mine.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('mine.product')}</th>
                  <th scope="col">{buyer ? t('mine.company') : t('mine.institution')}</th>
                  <th scope="col">{t('mine.status')}</th>
                  <th scope="col">{t('mine.amount')}</th>
                  <th scope="col">{t('mine.orderedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {orders.data.items.length === 0 ? (
                  <tr>
                    <td colSpan={5} className="table__empty">
                      {t('mine.empty')}
                    </td>
                  </tr>
                ) : (
                  orders.data.items.map((order) => (
                    <tr key={order.id} data-testid={`my-order-row-${order.id}`}>
                      <th scope="row">
                        <Link to={`/my/orders/${order.id}`}>{order.product.nameKo}</Link>
                      </th>
                      <td>{buyer ? order.company.name : order.institution.name}</td>
                      <td>
                        <OrderStatusBadge status={order.status} testId={`my-order-status-${order.id}`} />
                      </td>
                      <td className="numeric">{formatKrw(order.amount, i18n.language)}</td>
                      <td>
                        <time dateTime={order.orderedOn}>{formatDay(order.orderedOn, i18n.language)}</time>
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          <Pagination page={orders.data.page} pageSize={orders.data.pageSize} total={orders.data.total} onChange={(target) => go(status, target)} />
        </div>
      ) : null}
    </section>
  );
}

export default MyOrdersRoute;
