import type { CriteriaSet, DesignationRules } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../lib/format';
import { DescriptionList } from './description-list';

/** A call's (or the defaults') designation rules in words: validity, extensions, ceiling, trimming, vote and pass marks. */
export function DesignationRulesList({ rules, criteria, testId }: { rules: DesignationRules; criteria: CriteriaSet; testId: string }) {
  const { t, i18n } = useTranslation('workflow');
  const language = i18n.language;
  const number = (value: number) => formatNumber(value, language);
  const percents = [...new Set(criteria.groups.map((group) => formatPercent(group.passRatio, language)))];
  return (
    <DescriptionList
      testId={testId}
      items={[
        { key: 'validity', term: t('designationRules.validityYears'), value: t('designationRules.yearsValue', { years: number(rules.validityYears) }) },
        {
          key: 'extensions',
          term: t('designationRules.extensionYears'),
          value: rules.extensionYears.length
            ? t('designationRules.extensionsValue', { terms: rules.extensionYears.map((years) => t('designationRules.plusYears', { years: number(years) })).join(', ') })
            : t('designationRules.noExtensions'),
        },
        { key: 'ceiling', term: t('designationRules.maxTotalYears'), value: t('designationRules.yearsValue', { years: number(rules.maxTotalYears) }) },
        { key: 'trimming', term: t('designationRules.trimmedMeanMinSheets'), value: t('designationRules.trimmingValue', { sheets: number(rules.trimmedMeanMinSheets) }) },
        { key: 'vote', term: t('designationRules.committeeVote'), value: rules.committeeVote ? t('designationRules.voteYes') : t('designationRules.voteNo') },
        { key: 'passMarks', term: t('designationRules.passMarks'), value: t('designationRules.passMarksValue', { mark: number(criteria.passMark), percents: percents.join(', ') }) },
      ]}
    />
  );
}
