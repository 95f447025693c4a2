import { useTranslation } from 'react-i18next';
import { DescriptionList } from '../../../components/description-list';
import type { CompanyProfileView } from '../api/get-company';

export function CompanyProfile({ company }: { company: CompanyProfileView }) {
  const { t } = useTranslation();
  const certifications = company.certifications ?? [];
  return (
    <DescriptionList
      testId="company"
      items={[
        { key: 'name', term: t('organisations.companyName'), value: company.name },
        { key: 'businessNumber', term: t('organisations.businessNumber'), value: company.businessNumber },
        { key: 'size', term: t('organisations.size'), value: t(`companySize.${company.size}`) },
        { key: 'region', term: t('organisations.region'), value: company.region },
        { key: 'address', term: t('organisations.address'), value: company.address ?? t('common.none') },
        { key: 'representative', term: t('organisations.representative'), value: company.representative ?? t('common.none') },
        {
          key: 'certifications',
          term: t('organisations.certifications'),
          value: certifications.length ? (
            <ul className="tag-list">
              {certifications.map((certification) => (
                <li key={certification} className="badge">
                  {certification}
                </li>
              ))}
            </ul>
          ) : (
            t('common.none')
          ),
        },
      ]}
    />
  );
}
