import { LISTED_STATUSES, type ProductDetail } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useProduct } from '../../../api/get-product';
import { Loading, LoadFailure, QueryError } from '../../../components/alerts';
import { DescriptionList } from '../../../components/description-list';
import { DesignationStatusBadge } from '../../../components/designation-status-badge';
import { formatDay } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useExtensionEligibility } from '../api/get-extension-eligibility';
import { useProductExtensionRequests } from '../api/get-product-extension-requests';
import { ExtensionForm } from '../components/extension-form';
import { ExtensionRequestsList } from '../components/extension-requests-list';

/** `/my/products/:id/extension`: a supplier applies to extend its designated product, seeing each rule first. */
export function ProductExtensionRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation('designations');
  const product = useProduct(id);
  const companyId = useSession().user?.company?.id;

  let body;
  if (product.isPending) body = <Loading />;
  else if (product.isError)
    body = <LoadFailure query={product} notFound={<p data-testid="product-not-found">{t('extension.notFound')}</p>} />;
  else if (product.data.company.id !== companyId) body = <p data-testid="product-not-ours">{t('extension.notOurs')}</p>;
  else body = <Extension product={product.data} />;

  return (
    <section className="page page--form" aria-labelledby="extension-title">
      <p className="breadcrumb-back">
        <Link to="/my/products">{t('extension.backToProducts')}</Link>
      </p>
      <h1 id="extension-title">{t('extension.title')}</h1>
      <p className="page__lead">{t('extension.lead')}</p>
      {body}
    </section>
  );
}

function Extension({ product }: { product: ProductDetail }) {
  const { t, i18n } = useTranslation('designations');
  const eligibility = useExtensionEligibility(product.id);
  const requests = useProductExtensionRequests(product.id);
  const designation = product.designation;
  const stage = designation?.extensionStage ?? 0;
  // From the terms the product was designated under, cut by the ceiling over all its designations.
  const nextYears = designation?.nextExtensionYears ?? null;
  const pending = requests.data?.items.some((request) => request.status === 'PENDING') ?? false;

  return (
    <>
      <section className="card" aria-labelledby="extension-product-title">
        <h2 id="extension-product-title">
          <span lang="ko">{product.nameKo}</span> <DesignationStatusBadge status={product.status} testId="extension-product-status" />
        </h2>
        <DescriptionList
          testId="extension-product"
          items={[
            { key: 'goodsId', term: t('extension.goodsId'), value: <span className="mono">{product.goodsId}</span> },
            {
              key: 'validUntil',
              term: t('extension.validUntil'),
              value: designation ? <time dateTime={designation.validUntil}>{formatDay(designation.validUntil, i18n.language)}</time> : t('extension.none'),
            },
            { key: 'stage', term: t('extension.stage'), value: t(`extension.stages.${stage === 1 ? '1' : stage >= 2 ? '2' : '0'}`) },
            {
              key: 'next',
              term: t('extension.next'),
              value: nextYears ? t('extension.nextYears', { years: nextYears }) : t('extension.noneLeft'),
            },
          ]}
        />
        {LISTED_STATUSES.includes(product.status) ? (
          <p>
            <Link to={`/products/${product.id}`}>{t('extension.viewProduct')}</Link>
          </p>
        ) : null}
      </section>
      {eligibility.isPending ? <Loading label={t('extension.checking')} /> : null}
      {eligibility.isError ? <QueryError error={eligibility.error} onRetry={() => void eligibility.refetch()} /> : null}
      {eligibility.data ? <ExtensionForm productId={product.id} rules={eligibility.data} pending={pending} /> : null}
      <section className="card" aria-labelledby="extension-history-title">
        <h2 id="extension-history-title">{t('extension.historyTitle')}</h2>
        {requests.isPending ? <Loading /> : null}
        {requests.isError ? <QueryError error={requests.error} onRetry={() => void requests.refetch()} /> : null}
        {requests.data ? <ExtensionRequestsList requests={requests.data.items} /> : null}
      </section>
    </>
  );
}
