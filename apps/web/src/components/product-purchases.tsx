import { LISTED_STATUSES, Role, type ProductDetail } from '@inno/contracts';
import type { TOptions } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProductPurchaseCount } from '../api/get-product-purchase-count';
import { formatNumber } from '../lib/format';
import { useSession } from '../lib/session';
import type orders from '../locales/orders/ko.json';

// The `orders` namespace (src/locales/orders), fetched with the page that shows this block.
const namespace: string = 'orders';
type PurchasesT = (key: `productPurchases.${keyof typeof orders.productPurchases}`, options?: TOptions) => string;

/**
 * The product page's buying block: how many institutions bought the product (a count, never
 * which), and for a buyer, while the designation is in force, the way to order it.
 */
export function ProductPurchases({ product }: { product: ProductDetail }) {
  const { t: translate, i18n, ready } = useTranslation(namespace as 'translation', { useSuspense: false });
  const t = translate as unknown as PurchasesT;
  const count = useProductPurchaseCount(product.id);
  const buyer = useSession().user?.role === Role.BUYER;
  const inForce = LISTED_STATUSES.includes(product.status);
  if (!ready || (!inForce && !count.data?.institutions)) return null;
  return (
    <section className="card" aria-labelledby="product-purchases-title" data-testid="product-purchases">
      <h2 id="product-purchases-title">{t('productPurchases.title')}</h2>
      {count.data ? (
        <p data-testid="product-purchase-count">{t('productPurchases.institutions', { formatted: formatNumber(count.data.institutions, i18n.language) })}</p>
      ) : null}
      {inForce ? <p className="field__hint">{t('productPurchases.negotiated')}</p> : null}
      {buyer && inForce ? (
        <Link className="button" to={`/my/orders/new?${new URLSearchParams({ product: product.id })}`} data-testid="product-order">
          {t('productPurchases.order')}
        </Link>
      ) : null}
    </section>
  );
}
