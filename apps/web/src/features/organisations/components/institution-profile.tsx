import type { InstitutionView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '../../../components/description-list';
import { formatKrw, formatPercent } from '../../../lib/format';

export function InstitutionProfile({ institution }: { institution: InstitutionView }) {
  const { t, i18n } = useTranslation();
  return (
    <DescriptionList
      testId="institution"
      items={[
        { key: 'code', term: t('organisations.institutionCode'), value: institution.code },
        { key: 'name', term: t('organisations.institutionName'), value: institution.name },
        { key: 'nameEn', term: t('organisations.institutionNameEn'), value: institution.nameEn },
        { key: 'type', term: t('organisations.institutionType'), value: t(`institutionType.${institution.type}`) },
        { key: 'sector', term: t('organisations.sector'), value: institution.sector },
        {
          key: 'yearlyGoodsPurchases',
          term: t('organisations.yearlyGoodsPurchases'),
          value: formatKrw(institution.yearlyGoodsPurchases, i18n.language),
        },
        { key: 'targetRate', term: t('organisations.targetRate'), value: formatPercent(institution.targetRate, i18n.language) },
      ]}
    />
  );
}
