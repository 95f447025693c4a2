import type { InstitutionView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatKrw, formatPercent } from '../../../lib/format';
import { useInstitutionsTranslation } from './institutions-i18n';

export function InstitutionsTable({ institutions }: { institutions: InstitutionView[] }) {
  const { t, i18n } = useInstitutionsTranslation();
  const { t: tApp } = useTranslation();
  const language = i18n.language;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="institutions-table">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.code')}</th>
            <th scope="col">{t('list.name')}</th>
            <th scope="col">{t('list.type')}</th>
            <th scope="col">{t('list.sector')}</th>
            <th scope="col">{t('list.yearlyGoodsPurchases')}</th>
            <th scope="col">{t('list.targetRate')}</th>
            <th scope="col">{t('list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {institutions.length === 0 ? (
            <tr>
              <td colSpan={7} className="table__empty">
                {t('list.empty')}
              </td>
            </tr>
          ) : (
            institutions.map((institution) => (
              <tr key={institution.id} data-testid={`institution-row-${institution.code}`}>
                <td className="mono">{institution.code}</td>
                <th scope="row">
                  <span lang="ko">{institution.name}</span>
                  <br />
                  <span lang="en" className="field__hint">
                    {institution.nameEn}
                  </span>
                </th>
                <td>{tApp(`institutionType.${institution.type}`)}</td>
                <td>{institution.sector}</td>
                <td className="numeric">{formatKrw(institution.yearlyGoodsPurchases, language)}</td>
                <td className="numeric">{formatPercent(institution.targetRate, language)}</td>
                <td>
                  <Link to={`/admin/institutions/${institution.id}/edit`} aria-label={t('list.editOf', { name: institution.name })}>
                    {t('list.edit')}
                  </Link>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
