import { LISTED_STATUSES, PRICE_COMPARISON_MIN, type PriceComparison as PriceComparisonView, type ProductDetail } from '@inno/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCategories } from '../../../api/get-categories';
import { useProduct } from '../../../api/get-product';
import { isRecordNotFound, Loading, QueryError } from '../../../components/alerts';
import { DescriptionList } from '../../../components/description-list';
import { DesignationStatusBadge } from '../../../components/designation-status-badge';
import { categoryName } from '../../../lib/categories';
import { formatBytes, formatDay, formatKrw, formatPercent, todayIso } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { ProductPilotResults } from '../../../components/product-pilot-results';
import { ProductPurchases } from '../../../components/product-purchases';
import { PriceHistoryTable } from '../components/price-history-table';
import { ProductCard } from '../components/product-card';

export function ProductRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  // A supplier may see its own product before designation: ask once the session is known.
  const session = useSession();
  const product = useProduct(id, { enabled: session.state.status !== 'loading' });

  if (product.isPending) return <Loading />;
  if (product.isError) {
    if (isRecordNotFound(product.error)) {
      return (
        <section className="page page--narrow" data-testid="product-not-found">
          <h1>{t('product.notFoundTitle')}</h1>
          <p>{t('product.notFoundBody')}</p>
          <p>
            <Link to="/catalogue">{t('product.backToCatalogue')}</Link>
          </p>
        </section>
      );
    }
    return (
      <section className="page">
        <QueryError title={t('product.loadFailed')} error={product.error} onRetry={() => void product.refetch()} />
      </section>
    );
  }
  return <ProductPage product={product.data} />;
}

function ProductPage({ product }: { product: ProductDetail }) {
  const { t, i18n } = useTranslation();
  const categories = useCategories();
  const language = i18n.language;
  const none = t('common.none');
  const designation = product.designation;

  useEffect(() => {
    document.title = `${product.nameKo} · ${t('app.title')}`;
    return () => {
      document.title = t('app.title');
    };
  }, [product.nameKo, t]);

  return (
    <article className="page product" aria-labelledby="product-name">
      <header className="product__header">
        <p className="product__badges">
          <span className="badge">{t(`productKind.${product.kind}`)}</span>{' '}
          {LISTED_STATUSES.includes(product.status) ? null : <DesignationStatusBadge status={product.status} />}
        </p>
        <h1 id="product-name" data-testid="product-name">
          <span lang="ko">{product.nameKo}</span>
        </h1>
        <p className="product__name-en" lang="en">
          {product.nameEn}
        </p>
        <p className="product__company">
          {t('product.byCompany', { company: product.company.name, region: product.company.region })}
        </p>
        <nav aria-label={t('product.categoryPath')} className="breadcrumbs">
          <ol>
            {product.categoryPath.map((node) => (
              <li key={node.code}>
                <Link to={`/catalogue?${new URLSearchParams({ category: node.code })}`}>{categoryName(node, language)}</Link>
              </li>
            ))}
          </ol>
        </nav>
      </header>

      <div className="product__top">
        <section className="product__gallery" aria-labelledby="product-images-title">
          <h2 id="product-images-title" className="visually-hidden">
            {t('product.imagesTitle')}
          </h2>
          {product.images.length ? (
            <ul className="gallery" data-testid="product-images">
              {product.images.map((image, index) => (
                <li key={image.id}>
                  <img src={image.url} alt={t('product.imageAlt', { name: product.nameKo, n: index + 1 })} loading={index ? 'lazy' : 'eager'} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="gallery__none muted">{t('product.noImages')}</p>
          )}
        </section>

        <section className="card product__price" aria-labelledby="product-price-title">
          <h2 id="product-price-title">{t('product.priceTitle')}</h2>
          <p className="product__price-value" data-testid="product-price">
            <span className="product__price-label">{t('product.askingPriceVat')}</span>{' '}
            <strong>{formatKrw(product.askingPrice, language)}</strong>
            <span className="product__price-unit"> {t('product.perUnit', { unit: product.tradingUnit })}</span>
          </p>
          <p className="field__hint">{t('product.askingPriceNote')}</p>
          <PriceComparison price={product.askingPrice} comparison={product.priceComparison} />
        </section>
      </div>

      <section aria-labelledby="product-description-title">
        <h2 id="product-description-title">{t('product.descriptionTitle')}</h2>
        <p className="product__description">{product.description}</p>
      </section>

      <section className="card" aria-labelledby="product-details-title">
        <h2 id="product-details-title">{t('product.detailsTitle')}</h2>
        <DescriptionList
          testId="product-details"
          items={[
            { key: 'goodsId', term: t('product.goodsId'), value: <span className="mono">{product.goodsId}</span> },
            { key: 'modelName', term: t('product.modelName'), value: product.modelName },
            { key: 'company', term: t('product.company'), value: product.company.name },
            {
              key: 'category',
              term: t('product.category'),
              value: product.categoryPath.map((node) => categoryName(node, language)).join(' › ') || product.categoryCode,
            },
            { key: 'goodsClassNo', term: t('product.goodsClassNo'), value: <span className="mono">{product.goodsClassNo}</span> },
            { key: 'detailItemNo', term: t('product.detailItemNo'), value: <span className="mono">{product.detailItemNo}</span> },
            { key: 'tradingUnit', term: t('product.tradingUnit'), value: product.tradingUnit },
            { key: 'trl', term: t('product.trl'), value: t('product.trlValue', { level: product.trl }) },
            { key: 'region', term: t('product.region'), value: product.region },
          ]}
        />
      </section>

      <section className="card" aria-labelledby="product-designation-title" data-testid="product-designation">
        <h2 id="product-designation-title">{t('product.designationTitle')}</h2>
        {designation ? (
          <DescriptionList
            testId="designation"
            items={[
              { key: 'designatingBody', term: t('product.designatingBody'), value: designation.designatingBody },
              { key: 'certificateNumber', term: t('product.certificateNumber'), value: designation.certificateNumber ?? none },
              { key: 'designationNumber', term: t('product.designationNumber'), value: designation.designationNumber ?? none },
              {
                key: 'designatedOn',
                term: t('product.designatedOn'),
                value: <time dateTime={designation.designatedOn}>{formatDay(designation.designatedOn, language)}</time>,
              },
              {
                key: 'validUntil',
                term: t('product.validUntil'),
                value: (
                  <>
                    <time dateTime={designation.validUntil}>{formatDay(designation.validUntil, language)}</time>
                    {designation.validUntil < todayIso() ? <span className="badge badge--expired"> {t('product.lapsed')}</span> : null}
                  </>
                ),
              },
              {
                key: 'extensionStage',
                term: t('product.extensionStageLabel'),
                value: t(`product.extensionStage.${Math.min(Math.max(designation.extensionStage, 0), 2) as 0 | 1 | 2}`),
              },
              ...(designation.terms
                ? [
                    {
                      key: 'terms',
                      term: t('product.designationTerms'),
                      value: t('product.designationTermsValue', {
                        validity: designation.terms.validityYears,
                        steps: designation.terms.extensionYears.join(' → ') || '—',
                        max: designation.terms.maxTotalYears,
                      }),
                    },
                  ]
                : []),
            ]}
          />
        ) : (
          <p className="muted">{t('product.notDesignated')}</p>
        )}
      </section>

      <div className="card-grid product__cards">
        <section className="card" aria-labelledby="product-certifications-title">
          <h2 id="product-certifications-title">{t('product.certificationsTitle')}</h2>
          {product.certifications.length ? (
            <ul className="tag-list" data-testid="product-certifications">
              {product.certifications.map((certification) => (
                <li key={certification} className="badge">
                  {certification}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{none}</p>
          )}
        </section>

        <section className="card" aria-labelledby="product-documents-title">
          <h2 id="product-documents-title">{t('product.documentsTitle')}</h2>
          {product.documents.length ? (
            <ul className="file-list" data-testid="product-documents">
              {product.documents.map((document) => (
                <li key={document.id}>
                  <a href={document.url} download={document.name}>
                    {document.name}
                  </a>{' '}
                  <span className="muted">({formatBytes(document.size, language)})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{none}</p>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="product-patents-title">
        <h2 id="product-patents-title">{t('product.patentsTitle')}</h2>
        {product.patents.length ? (
          <div className="table-wrap">
            <table className="table table--compact" data-testid="product-patents">
              <caption className="visually-hidden">{t('product.patentsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('product.patentNumber')}</th>
                  <th scope="col">{t('product.patentTitle')}</th>
                  <th scope="col">{t('product.patentExpiresOn')}</th>
                </tr>
              </thead>
              <tbody>
                {product.patents.map((patent) => (
                  <tr key={patent.number}>
                    <th scope="row" className="mono">
                      {patent.number}
                    </th>
                    <td>{patent.title}</td>
                    <td>
                      <time dateTime={patent.expiresOn}>{formatDay(patent.expiresOn, language)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{none}</p>
        )}
      </section>

      <section className="card" aria-labelledby="product-price-history-title" data-testid="product-price-history">
        <h2 id="product-price-history-title">{t('product.priceHistoryTitle')}</h2>
        <p className="field__hint">{t('product.priceHistoryLead')}</p>
        <PriceHistoryTable points={product.priceHistory} />
      </section>

      <ProductPurchases product={product} />
      <ProductPilotResults productId={product.id} />

      <section aria-labelledby="product-similar-title" data-testid="product-similar">
        <h2 id="product-similar-title">{t('product.similarTitle')}</h2>
        {product.similar.length ? (
          <ul className="product-grid">
            {product.similar.map((similar) => (
              <li key={similar.id}>
                <ProductCard product={similar} categories={categories.data} testId="similar-product" />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('product.similarEmpty')}</p>
        )}
      </section>
    </article>
  );
}

/**
 * The asking price against the median of products of the same small category (domain.md §6:
 * hoped-for prices are unverified); with too few of them a median would mislead, so it says so.
 */
function PriceComparison({ price, comparison }: { price: number; comparison: PriceComparisonView }) {
  const { t, i18n } = useTranslation();
  const { count, median } = comparison;
  let text: string;
  if (median === null) text = t('product.comparisonTooFew', { count, min: PRICE_COMPARISON_MIN });
  else {
    const values = { count, median: formatKrw(median, i18n.language) };
    if (median === 0 || price === median) text = t('product.comparisonSame', values);
    else {
      const difference = formatPercent(Math.abs(price - median) / median, i18n.language);
      text = price > median ? t('product.comparisonHigher', { ...values, difference }) : t('product.comparisonLower', { ...values, difference });
    }
  }
  return (
    <p className="product__comparison" data-testid="product-price-comparison">
      {text}
    </p>
  );
}
