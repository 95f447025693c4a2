import type { PatentRef, ProductDetail } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/alerts';
import { formatKoreaDateTime, isoToKoreaLocal } from '../../../lib/korea-time';
import { useProductVersions } from '../api/get-product-versions';

/** The fields the extension rules care about: a supplier's edits of them are shown to the operator. */
const WATCHED = ['patents', 'certifications'] as const;

const describe = (field: (typeof WATCHED)[number], value: unknown): string => {
  if (!Array.isArray(value) || value.length === 0) return '—';
  return field === 'patents' ? (value as PatentRef[]).map((p) => `${p.number} (${p.expiresOn})`).join(', ') : (value as string[]).join(', ');
};

/**
 * Edits of the product's patents and certifications since its designation, newest first. The
 * extension check reads them as they were when designated; this shows what changed since.
 */
export function DesignationRecordChanges({ product }: { product: ProductDetail }) {
  const { t, i18n } = useTranslation('designations');
  const versions = useProductVersions(product.id);
  const since = product.designation?.designatedOn ?? null;
  const changes = (versions.data ?? [])
    .filter((v) => !since || isoToKoreaLocal(v.changedAt).slice(0, 10) >= since)
    .flatMap((v) => WATCHED.filter((field) => field in v.changes).map((field) => ({ version: v.version, changedAt: v.changedAt, field, ...v.changes[field] })));
  return (
    <section className="card" aria-labelledby="record-changes-title" data-testid="designation-record-changes">
      <h2 id="record-changes-title">{t('recordChanges.title')}</h2>
      <p className="field__hint">{t('recordChanges.lead')}</p>
      {versions.isPending ? <Loading /> : null}
      {versions.isError ? <QueryError error={versions.error} onRetry={() => void versions.refetch()} /> : null}
      {versions.data ? (
        changes.length === 0 ? (
          <p className="muted" data-testid="record-changes-empty">
            {t('recordChanges.none')}
          </p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('recordChanges.when')}</th>
                  <th scope="col">{t('recordChanges.field')}</th>
                  <th scope="col">{t('recordChanges.from')}</th>
                  <th scope="col">{t('recordChanges.to')}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={`${change.version}-${change.field}`} data-testid={`record-change-${change.version}-${change.field}`}>
                    <td>{formatKoreaDateTime(change.changedAt, i18n.language)}</td>
                    <td>{t(`recordChanges.fields.${change.field}`)}</td>
                    <td>{describe(change.field, change.from)}</td>
                    <td>{describe(change.field, change.to)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </section>
  );
}
