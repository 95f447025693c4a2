import type { OrderStatus } from '@inno/contracts';
import { useOrdersTranslation } from './orders-i18n';

/** Where an order stands; carries its raw status in `data-status`. */
export function OrderStatusBadge({ status, testId }: { status: OrderStatus; testId?: string }) {
  const { t } = useOrdersTranslation();
  return (
    <span className={`badge badge--order badge--order-${status.toLowerCase()}`} data-testid={testId} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
