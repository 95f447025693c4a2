import { OrderStatus, Role } from '@inno/contracts';
import { Link } from 'react-router';
import { ChoiceField } from '../../../components/field';
import { PagedTable } from '../../../components/paged-table';
import { formatDay, formatKrw } from '../../../lib/format';
import { useStatusPageSearch } from '../../../lib/list-search';
import { useSession } from '../../../lib/session';
import { useOrders } from '../api/get-orders';
import { OrderStatusBadge } from '../components/order-status-badge';
import { useOrdersTranslation } from '../components/orders-i18n';

const PAGE_SIZE = 20;
const STATUSES = Object.values(OrderStatus);

/** `/my/orders` (BUYER, SUPPLIER): the institution's orders, or those the company received. */
export function MyOrdersRoute() {
  const { t, i18n } = useOrdersTranslation();
  const role = useSession().user?.role;
  const buyer = role === Role.BUYER;
  const { status, page, go } = useStatusPageSearch(STATUSES);
  const orders = useOrders({ status, page, pageSize: PAGE_SIZE });

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
      <PagedTable
        query={orders}
        onPage={(target) => go(status, target)}
        caption={t('mine.caption')}
        testId="my-orders-table"
        rowKey={(order) => order.id}
        rowTestId={(order) => `my-order-row-${order.id}`}
        empty={t('mine.empty')}
        columns={[
          { key: 'product', header: t('mine.product'), rowHeader: true, cell: (order) => <Link to={`/my/orders/${order.id}`}>{order.product.nameKo}</Link> },
          { key: 'party', header: buyer ? t('mine.company') : t('mine.institution'), cell: (order) => (buyer ? order.company.name : order.institution.name) },
          { key: 'status', header: t('mine.status'), cell: (order) => <OrderStatusBadge status={order.status} testId={`my-order-status-${order.id}`} /> },
          { key: 'amount', header: t('mine.amount'), numeric: true, cell: (order) => formatKrw(order.amount, i18n.language) },
          { key: 'orderedOn', header: t('mine.orderedOn'), cell: (order) => <time dateTime={order.orderedOn}>{formatDay(order.orderedOn, i18n.language)}</time> },
        ]}
      />
    </section>
  );
}

export default MyOrdersRoute;
