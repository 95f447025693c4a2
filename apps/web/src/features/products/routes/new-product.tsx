import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { emptyProductValues } from '../../../lib/product-form';
import { useCreateProduct } from '../api/create-product';
import { ProductForm } from '../components/product-form';

export function NewProductRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [initial] = useState(emptyProductValues);
  const mutation = useCreateProduct({
    // Images and documents belong to a product that exists: they are added on its edit page.
    onSuccess: (product) => navigate(`/my/products/${product.id}/edit`, { state: { created: true } }),
  });

  return (
    <section className="page page--form">
      <p className="breadcrumb-back">
        <Link to="/my/products">{t('myProducts.backToList')}</Link>
      </p>
      <h1 id="product-form-title">{t('myProducts.newTitle')}</h1>
      <p className="page__lead">{t('myProducts.newLead')}</p>
      <ProductForm
        initial={initial}
        pending={mutation.isPending}
        submitLabel={t('myProducts.create')}
        pendingLabel={t('myProducts.creating')}
        onSubmit={(input, fail) => mutation.mutate(input, { onError: fail })}
      />
    </section>
  );
}
