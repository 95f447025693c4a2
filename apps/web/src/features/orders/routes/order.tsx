import { OrderStep, Role, type OrderView } from '@inno/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading, LoadFailure, StatusMessage } from '../../../components/alerts';
import { DescriptionList } from '../../../components/description-list';
import { formatDay, formatKrw, formatNumber } from '../../../lib/format';
import { useMessageText } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useOrder } from '../api/get-order';
import { OrderActions } from '../components/order-actions';
import { OrderDocuments } from '../components/order-documents';
import { OrderStatusBadge } from '../components/order-status-badge';
import { useOrdersTranslation } from '../components/orders-i18n';

/** `/my/orders/:id` (BUYER, SUPPLIER, OPERATOR): one order, its legal basis, its steps and documents, and the moves open now. */
export function OrderRoute() {
  const { id = '' } = useParams();
  const { t } = useOrdersTranslation();
  const order = useOrder(id);
  const role = useSession().user?.role;
  return (
    <section className="page page--form" aria-labelledby="order-title">
      <p className="breadcrumb-back">
        <Link to="/my/orders">{t('detail.backToList')}</Link>
      </p>
      {order.isPending ? <Loading /> : null}
      {order.isError ? (
        <LoadFailure
          query={order}
          notFound={
            <>
              <h1 id="order-title">{t('detail.notFoundTitle')}</h1>
              <p data-testid="order-not-found">{t('detail.notFoundBody')}</p>
            </>
          }
        />
      ) : null}
      {order.data ? <OrderPage order={order.data} role={role} /> : null}
    </section>
  );
}

function OrderPage({ order, role }: { order: OrderView; role: Role | undefined }) {
  const { t, i18n } = useOrdersTranslation();
  const { word } = useMessageText();
  const [notice, setNotice] = useState<string | null>(null);
  const language = i18n.language;
  const day = (value: string | null) => (value ? <time dateTime={value}>{formatDay(value, language)}</time> : t('detail.notYet'));
  const stepDay = (value: string | null, step: OrderStep) => (
    <>
      {day(value)} {order.stepNotes[step] ? <span className="muted">· {order.stepNotes[step]}</span> : null}
    </>
  );
  return (
    <>
      <h1 id="order-title">
        <span lang="ko">{order.product.nameKo}</span>
      </h1>
      <p className="proposal__meta">
        <OrderStatusBadge status={order.status} testId="order-status" /> · {order.institution.name} · {order.company.name} ·{' '}
        <Link to={`/products/${order.product.id}`}>{t('detail.viewProduct')}</Link>
      </p>
      {notice ? <StatusMessage testId="order-action-done">{notice}</StatusMessage> : null}

      <section className="card" aria-labelledby="order-actions-title">
        <h2 id="order-actions-title">{t('actions.title')}</h2>
        <OrderActions order={order} onDone={setNotice} />
      </section>

      <section className="card" aria-labelledby="order-facts-title">
        <h2 id="order-facts-title">{t('detail.factsTitle')}</h2>
        <DescriptionList
          testId="order-facts"
          items={[
            { key: 'quantity', term: t('detail.quantity'), value: `${formatNumber(order.quantity, language)} ${order.product.tradingUnit}` },
            { key: 'askingPrice', term: t('detail.askingPrice'), value: formatKrw(order.askingPrice, language) },
            { key: 'unitPrice', term: t('detail.unitPrice'), value: formatKrw(order.unitPrice, language) },
            { key: 'amount', term: t('detail.amount'), value: <strong data-testid="order-amount">{formatKrw(order.amount, language)}</strong> },
            { key: 'deliveryPlace', term: t('detail.deliveryPlace'), value: order.deliveryPlace },
            { key: 'deliveryDueOn', term: t('detail.deliveryDueOn'), value: day(order.deliveryDueOn) },
            { key: 'legalBasis', term: t('detail.legalBasis'), value: <span data-testid="order-legal-basis">{word(order.legalBasisMessage)}</span> },
            ...(order.note ? [{ key: 'note', term: t('detail.note'), value: order.note }] : []),
            ...(order.reason ? [{ key: 'reason', term: t('detail.reason'), value: <span data-testid="order-reason-text">{order.reason}</span> }] : []),
          ]}
        />
      </section>

      <section className="card" aria-labelledby="order-steps-title">
        <h2 id="order-steps-title">{t('detail.stepsTitle')}</h2>
        <DescriptionList
          testId="order-steps"
          items={[
            { key: 'orderedOn', term: t('detail.orderedOn'), value: day(order.orderedOn) },
            { key: 'contractedOn', term: t('detail.contractedOn'), value: day(order.contractedOn) },
            { key: 'deliveredOn', term: t('detail.deliveredOn'), value: stepDay(order.deliveredOn, OrderStep.DELIVERY) },
            { key: 'inspectedOn', term: t('detail.inspectedOn'), value: stepDay(order.inspectedOn, OrderStep.INSPECTION) },
            { key: 'paidOn', term: t('detail.paidOn'), value: stepDay(order.paidOn, OrderStep.PAYMENT) },
          ]}
        />
      </section>

      <OrderDocuments order={order} role={role} />
    </>
  );
}

export default OrderRoute;
