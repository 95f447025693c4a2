import { LISTED_STATUSES, type ProductSummary } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DesignationStatusBadge } from '../../../components/designation-status-badge';
import { formatDay, formatKrw } from '../../../lib/format';

export function MyProductsTable({ products }: { products: ProductSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="my-products-table">
        <caption className="visually-hidden">{t('myProducts.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('myProducts.name')}</th>
            <th scope="col">{t('myProducts.goodsId')}</th>
            <th scope="col">{t('myProducts.kind')}</th>
            <th scope="col">{t('myProducts.status')}</th>
            <th scope="col">{t('product.askingPrice')}</th>
            <th scope="col">{t('product.validity')}</th>
            <th scope="col">{t('myProducts.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {products.length === 0 ? (
            <tr>
              <td colSpan={7} className="table__empty">
                {t('myProducts.empty')}
              </td>
            </tr>
          ) : (
            products.map((product) => (
              <tr key={product.id} data-testid={`my-product-row-${product.id}`}>
                <th scope="row">
                  <span lang="ko">{product.nameKo}</span>
                  <br />
                  <span className="muted" lang="en">
                    {product.nameEn}
                  </span>
                </th>
                <td className="mono">{product.goodsId}</td>
                <td>{t(`productKind.${product.kind}`)}</td>
                <td>
                  <DesignationStatusBadge status={product.status} testId={`my-product-status-${product.id}`} />
                </td>
                <td>{formatKrw(product.askingPrice, i18n.language)}</td>
                <td>{product.validUntil ? t('product.validUntilDate', { date: formatDay(product.validUntil, i18n.language) }) : t('common.none')}</td>
                <td>
                  <div className="button-row">
                    <Link
                      className="button button--small button--secondary"
                      to={`/my/products/${product.id}/edit`}
                      aria-label={t('myProducts.editLabel', { name: product.nameKo })}
                    >
                      {t('myProducts.edit')}
                    </Link>
                    <Link
                      className="button button--small button--secondary"
                      to={`/products/${product.id}`}
                      aria-label={t('myProducts.viewLabel', { name: product.nameKo })}
                    >
                      {t('myProducts.view')}
                    </Link>
                    {LISTED_STATUSES.includes(product.status) ? (
                      <Link
                        className="button button--small button--secondary"
                        to={`/my/products/${product.id}/extension`}
                        aria-label={t('myProducts.extensionLabel', { name: product.nameKo })}
                        data-testid={`my-product-extension-${product.id}`}
                      >
                        {t('myProducts.extension')}
                      </Link>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
