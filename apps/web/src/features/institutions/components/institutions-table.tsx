import type { InstitutionView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatKrw, formatPercent } from '../../../lib/format';
import { useInstitutionsTranslation } from './institutions-i18n';
import { DataTable } from '../../../components/data-table';

export function InstitutionsTable({ institutions }: { institutions: InstitutionView[] }) {
  const { t, i18n } = useInstitutionsTranslation();
  const { t: tApp } = useTranslation();
  const language = i18n.language;
  return (
    <DataTable
      caption={t('list.caption')}
      testId="institutions-table"
      rows={institutions}
      rowKey={(institution) => institution.id}
      rowTestId={(institution) => `institution-row-${institution.code}`}
      empty={t('list.empty')}
      columns={[
        { key: 'code', header: t('list.code'), className: 'mono', cell: (institution) => institution.code },
        {
          key: 'name',
          header: t('list.name'),
          rowHeader: true,
          cell: (institution) => (
            <>
              <span lang="ko">{institution.name}</span>
              <br />
              <span lang="en" className="field__hint">
                {institution.nameEn}
              </span>
            </>
          ),
        },
        { key: 'type', header: t('list.type'), cell: (institution) => tApp(`institutionType.${institution.type}`) },
        { key: 'sector', header: t('list.sector'), cell: (institution) => institution.sector },
        { key: 'purchases', header: t('list.yearlyGoodsPurchases'), numeric: true, cell: (institution) => formatKrw(institution.yearlyGoodsPurchases, language) },
        { key: 'targetRate', header: t('list.targetRate'), numeric: true, cell: (institution) => formatPercent(institution.targetRate, language) },
        {
          key: 'actions',
          header: t('list.actions'),
          cell: (institution) => (
            <Link to={`/admin/institutions/${institution.id}/edit`} aria-label={t('list.editOf', { name: institution.name })}>
              {t('list.edit')}
            </Link>
          ),
        },
      ]}
    />
  );
}
