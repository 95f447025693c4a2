import type { ProductView } from '@inno/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Type1ProductForm } from '../components/type1-product-form';

export function Type1ProductRoute() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<ProductView | null>(null);
  const status = useRef<HTMLDivElement>(null);

  // The form empties for the next product; the news of this one takes the focus.
  useEffect(() => {
    if (created) status.current?.focus();
  }, [created]);

  return (
    <section className="page page--form">
      <h1 id="type1-title">{t('type1.title')}</h1>
      <p className="page__lead">{t('type1.lead')}</p>
      <p>
        <Link to="/operator/imports">{t('type1.bulkLink')}</Link>
      </p>
      {created ? (
        <div className="alert alert--success" role="status" tabIndex={-1} ref={status} data-testid="type1-created">
          <p>{t('type1.created', { name: created.nameKo, goodsId: created.goodsId })}</p>
          <p>
            <Link to={`/products/${created.id}`}>{t('type1.viewProduct')}</Link>
          </p>
        </div>
      ) : null}
      <Type1ProductForm onCreated={setCreated} />
    </section>
  );
}
