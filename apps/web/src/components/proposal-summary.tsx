import type { ProposalContent } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../api/get-categories';
import { categoryLabel } from '../lib/categories';
import { formatDay } from '../lib/format';
import { DescriptionList } from './description-list';

/** What a proposal says: read back by the supplier before submitting, by the operator screening it, by committee members. */
export function ProposalSummary({ subArea, content, documentTitles, testId }: {
  subArea?: string;
  content: Partial<ProposalContent>;
  /** Titles of the attached locker documents, when known. */
  documentTitles?: string[];
  testId?: string;
}) {
  const { t, i18n } = useTranslation('workflow');
  const categories = useCategories();
  const none = t('proposalContent.none');
  const text = (value: string | undefined) => (value ? <span className="product__description">{value}</span> : none);
  const items = [
    { key: 'innovation', term: t('proposalContent.innovation'), value: text(content.innovation) },
    { key: 'publicValue', term: t('proposalContent.publicValue'), value: text(content.publicValue) },
    { key: 'trl', term: t('proposalContent.trl'), value: content.trl ? t('proposalContent.trlValue', { level: content.trl }) : none },
    {
      key: 'patents',
      term: t('proposalContent.patents'),
      value: content.patents?.length ? (
        <ul className="file-list">
          {content.patents.map((patent) => (
            <li key={patent.number}>
              {t('proposalContent.patent', { number: patent.number, title: patent.title, date: formatDay(patent.expiresOn, i18n.language) })}
            </li>
          ))}
        </ul>
      ) : (
        none
      ),
    },
    { key: 'pilotPlan', term: t('proposalContent.pilotPlan'), value: text(content.pilotPlan) },
    {
      key: 'documents',
      term: t('proposalContent.documents'),
      value: documentTitles?.length
        ? documentTitles.join(', ')
        : content.documentIds?.length
          ? t('proposalContent.documentCount', { count: content.documentIds.length })
          : none,
    },
  ];
  if (subArea !== undefined) {
    items.unshift({ key: 'subArea', term: t('proposalContent.subArea'), value: categoryLabel(categories.data, subArea, i18n.language) });
  }
  return <DescriptionList testId={testId} items={items} />;
}
