import type { ProductVersionView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/alerts';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { PRODUCT_FIELDS, type ProductField } from '../../../lib/product-form';
import { useProductVersions } from '../api/get-product-versions';

const isProductField = (field: string): field is ProductField => (PRODUCT_FIELDS as readonly string[]).includes(field);

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ') || '∅';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The edit history: who changed what, from what to what. */
export function ProductVersions({ productId }: { productId: string }) {
  const { t, i18n } = useTranslation();
  const versions = useProductVersions(productId);
  const label = (field: string) => (isProductField(field) ? t(`productForm.${field}`) : field === 'patents' ? t('productForm.patents') : field);

  return (
    <section className="card" aria-labelledby="product-versions-title">
      <h2 id="product-versions-title">{t('productVersions.title')}</h2>
      {versions.isPending ? <Loading /> : null}
      {versions.isError ? <QueryError error={versions.error} onRetry={() => void versions.refetch()} /> : null}
      {versions.data ? (
        <div className="table-wrap">
          <table className="table table--compact" data-testid="product-versions">
            <caption className="visually-hidden">{t('productVersions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('productVersions.version')}</th>
                <th scope="col">{t('productVersions.changedAt')}</th>
                <th scope="col">{t('productVersions.changedBy')}</th>
                <th scope="col">{t('productVersions.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.length === 0 ? (
                <tr>
                  <td colSpan={4} className="table__empty">
                    {t('productVersions.empty')}
                  </td>
                </tr>
              ) : (
                [...versions.data]
                  .sort((a: ProductVersionView, b: ProductVersionView) => b.version - a.version)
                  .map((version) => (
                    <tr key={version.version} data-testid={`product-version-${version.version}`}>
                      <th scope="row">v{version.version}</th>
                      <td>
                        <time dateTime={version.changedAt}>{formatKoreaDateTime(version.changedAt, i18n.language)}</time>
                      </td>
                      <td>{version.changedBy ?? t('audit.system')}</td>
                      <td>
                        {Object.keys(version.changes).length === 0 ? (
                          t('productVersions.created')
                        ) : (
                          <ul className="change-list">
                            {Object.entries(version.changes).map(([field, change]) => (
                              <li key={field}>
                                <strong>{label(field)}</strong>: <del>{show(change.from)}</del> → <ins>{show(change.to)}</ins>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))
              )}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
