import type { ProductDetail } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useProduct } from '../../../api/get-product';
import { Loading, LoadFailure, StatusMessage } from '../../../components/alerts';
import { DesignationStatusBadge } from '../../../components/designation-status-badge';
import { productChanges, productValuesFrom, toProductInput } from '../../../lib/product-form';
import { useSession } from '../../../lib/session';
import { useUpdateProduct } from '../api/update-product';
import { ProductFiles } from '../components/product-files';
import { ProductForm } from '../components/product-form';
import { ProductVersions } from '../components/product-versions';

export function EditProductRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const product = useProduct(id);
  const companyId = useSession().user?.company?.id;

  let body;
  if (product.isPending) body = <Loading />;
  else if (product.isError)
    body = <LoadFailure query={product} notFound={<p data-testid="product-not-found">{t('myProducts.notFound')}</p>} />;
  else if (product.data.company.id !== companyId) body = <p data-testid="product-not-ours">{t('myProducts.notOurs')}</p>;
  else body = <EditProduct product={product.data} />;

  return (
    <section className="page page--form">
      <p className="breadcrumb-back">
        <Link to="/my/products">{t('myProducts.backToList')}</Link>
      </p>
      <h1 id="product-form-title">{t('myProducts.editTitle')}</h1>
      {body}
    </section>
  );
}

function EditProduct({ product }: { product: ProductDetail }) {
  const { t } = useTranslation();
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const [status, setStatus] = useState<string | null>(created ? t('myProducts.created') : null);
  const mutation = useUpdateProduct({ onSuccess: (saved) => setStatus(t('myProducts.saved', { version: saved.version })) });

  return (
    <>
      <p className="product-edit__summary">
        <span lang="ko">{product.nameKo}</span> · <span className="mono">{product.goodsId}</span>{' '}
        <DesignationStatusBadge status={product.status} testId="product-status" /> · <Link to={`/products/${product.id}`}>{t('myProducts.viewPage')}</Link>
      </p>
      {/* A saved product comes back with a new version: the form starts again from it. */}
      <ProductForm
        key={product.version}
        initial={productValuesFrom(product)}
        pending={mutation.isPending}
        submitLabel={t('myProducts.save')}
        pendingLabel={t('myProducts.saving')}
        onSubmit={(input, fail) => {
          const changes = productChanges(toProductInput(productValuesFrom(product)), input);
          if (Object.keys(changes).length === 0) {
            setStatus(t('myProducts.nothingChanged'));
            return;
          }
          setStatus(null);
          mutation.mutate({ id: product.id, changes }, { onError: fail });
        }}
      >
        {status ? <StatusMessage testId="product-form-status">{status}</StatusMessage> : null}
      </ProductForm>
      <ProductFiles productId={product.id} kind="images" files={product.images} />
      <ProductFiles productId={product.id} kind="documents" files={product.documents} />
      <ProductVersions productId={product.id} />
    </>
  );
}
