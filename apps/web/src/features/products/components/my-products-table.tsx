import { LISTED_STATUSES, type ProductSummary } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DesignationStatusBadge } from '../../../components/designation-status-badge';
import { formatDay, formatKrw } from '../../../lib/format';
import { DataTable } from '../../../components/data-table';

export function MyProductsTable({ products }: { products: ProductSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      caption={t('myProducts.caption')}
      testId="my-products-table"
      rows={products}
      rowKey={(product) => product.id}
      rowTestId={(product) => `my-product-row-${product.id}`}
      empty={t('myProducts.empty')}
      columns={[
        {
          key: 'name',
          header: t('myProducts.name'),
          rowHeader: true,
          cell: (product) => (
            <>
              <span lang="ko">{product.nameKo}</span>
              <br />
              <span className="muted" lang="en">
                {product.nameEn}
              </span>
            </>
          ),
        },
        { key: 'goodsId', header: t('myProducts.goodsId'), className: 'mono', cell: (product) => product.goodsId },
        { key: 'kind', header: t('myProducts.kind'), cell: (product) => t(`productKind.${product.kind}`) },
        { key: 'status', header: t('myProducts.status'), cell: (product) => <DesignationStatusBadge status={product.status} testId={`my-product-status-${product.id}`} /> },
        { key: 'price', header: t('product.askingPrice'), cell: (product) => formatKrw(product.askingPrice, i18n.language) },
        {
          key: 'validity',
          header: t('product.validity'),
          cell: (product) => (product.validUntil ? t('product.validUntilDate', { date: formatDay(product.validUntil, i18n.language) }) : t('common.none')),
        },
        { key: 'actions', header: t('myProducts.actions'), cell: (product) => <ProductActions product={product} /> },
      ]}
    />
  );
}

function ProductActions({ product }: { product: ProductSummary }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Link className="button button--small button--secondary" to={`/my/products/${product.id}/edit`} aria-label={t('myProducts.editLabel', { name: product.nameKo })}>
        {t('myProducts.edit')}
      </Link>
      <Link className="button button--small button--secondary" to={`/products/${product.id}`} aria-label={t('myProducts.viewLabel', { name: product.nameKo })}>
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
  );
}
