import type { CategoryView, ProductSummary } from '@inno/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { categoryLabel } from '../../../lib/categories';
import { formatDay, formatKrw } from '../../../lib/format';

/** A product in a list: the catalogue's results and a product's similar products. */
export function ProductCard({ product, categories, testId = 'catalogue-result', children }: {
  product: ProductSummary;
  categories?: CategoryView[];
  testId?: string;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const headingId = `${testId}-${product.id}-name`;
  const none = t('common.none');
  return (
    <article className="product-card" data-testid={testId} data-product-id={product.id} aria-labelledby={headingId}>
      {product.imageUrl ? (
        <img className="product-card__image" src={product.imageUrl} alt="" loading="lazy" width={320} height={200} />
      ) : (
        <div className="product-card__image product-card__image--none" data-testid="product-card-no-image" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="32" height="32" focusable="false">
            <path d="M4 5h16v14H4zM4 15l4-4 4 4 3-3 5 5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
            <circle cx="15.5" cy="9" r="1.5" fill="currentColor" />
          </svg>
          <span>{t('product.noImage')}</span>
        </div>
      )}
      <div className="product-card__body">
        <p className="product-card__kind">
          <span className="badge">{t(`productKind.${product.kind}`)}</span>
        </p>
        <h3 id={headingId} className="product-card__name">
          <Link to={`/products/${product.id}`}>
            <span lang="ko">{product.nameKo}</span>
          </Link>
        </h3>
        <p className="product-card__name-en" lang="en">
          {product.nameEn}
        </p>
        <dl className="product-card__facts">
          <div>
            <dt>{t('product.company')}</dt>
            <dd>{product.companyName}</dd>
          </div>
          <div>
            <dt>{t('product.category')}</dt>
            <dd>{categoryLabel(categories, product.categoryCode, i18n.language)}</dd>
          </div>
          <div>
            <dt>{t('product.region')}</dt>
            <dd>{product.region}</dd>
          </div>
          <div className="product-card__price">
            <dt>{t('product.askingPrice')}</dt>
            <dd>{formatKrw(product.askingPrice, i18n.language)}</dd>
          </div>
          <div>
            <dt>{t('product.designatingBody')}</dt>
            <dd>{product.designatingBody ?? none}</dd>
          </div>
          <div>
            <dt>{t('product.validity')}</dt>
            <dd>
              {product.validUntil ? (
                <time dateTime={product.validUntil}>{t('product.validUntilDate', { date: formatDay(product.validUntil, i18n.language) })}</time>
              ) : (
                none
              )}
            </dd>
          </div>
        </dl>
        {children}
      </div>
    </article>
  );
}
