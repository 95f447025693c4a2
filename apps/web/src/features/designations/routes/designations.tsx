import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useProduct } from '../../../api/get-product';
import { Loading, QueryError } from '../../../components/alerts';
import { isApiRequestError } from '../../../lib/api-client';
import { DesignationActions } from '../components/designation-actions';
import { DesignationRecordChanges } from '../components/designation-record-changes';
import { ExtensionQueue } from '../components/extension-queue';
import { ProductLookup } from '../components/product-lookup';

/** The operator's designations: suspend, reinstate or revoke a product found by id or search, and decide extension requests. */
export function DesignationsRoute() {
  const { t } = useTranslation('designations');
  const [search, setSearch] = useSearchParams();
  const q = search.get('q') ?? '';
  const productId = search.get('productId') ?? '';

  const hrefFor = (id: string) => `?${new URLSearchParams({ ...(q ? { q } : {}), productId: id })}`;

  return (
    <section className="page" aria-labelledby="designations-title">
      <h1 id="designations-title">{t('title')}</h1>
      <p className="page__lead">{t('lead')}</p>
      <div className="card">
        <ProductLookup
          key={q}
          query={q}
          hrefFor={hrefFor}
          onSearch={(next) => setSearch(new URLSearchParams(next.productId ? { ...(q ? { q } : {}), productId: next.productId } : { q: next.q ?? '' }))}
        />
      </div>
      {productId ? <SelectedProduct productId={productId} /> : null}
      <ExtensionQueue />
    </section>
  );
}

function SelectedProduct({ productId }: { productId: string }) {
  const { t } = useTranslation('designations');
  const product = useProduct(productId);
  if (product.isPending) return <Loading />;
  if (product.isError) {
    return isApiRequestError(product.error) && product.error.status === 404 ? (
      <p className="alert alert--error" role="alert" data-testid="designation-not-found">
        {t('lookup.notFound')}
      </p>
    ) : (
      <QueryError error={product.error} onRetry={() => void product.refetch()} />
    );
  }
  return (
    <>
      <DesignationActions key={product.data.id} product={product.data} />
      <DesignationRecordChanges key={`changes-${product.data.id}`} product={product.data} />
    </>
  );
}
