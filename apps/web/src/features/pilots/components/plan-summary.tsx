import type { PilotPlanView } from '@inno/contracts';
import { DescriptionList } from '../../../components/description-list';
import { formatKrw, formatNumber } from '../../../lib/format';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { surveyPhase } from './plan-phase';
import { usePilotsTranslation } from './pilots-i18n';

/** A plan's facts: budget and what is matched, the survey window in Korea time, the matching caps and the repeat-pilot threshold. */
export function PlanSummary({ plan, testId = 'plan-summary' }: { plan: PilotPlanView; testId?: string }) {
  const { t, i18n } = usePilotsTranslation();
  const language = i18n.language;
  const phase = surveyPhase(plan);
  return (
    <>
      <DescriptionList
        testId={testId}
        items={[
          { key: 'year', term: t('plan.year'), value: String(plan.year) },
          { key: 'budget', term: t('plan.budget'), value: formatKrw(plan.budget, language) },
          { key: 'matched', term: t('plan.matchedAmount'), value: formatKrw(plan.matchedAmount, language) },
          {
            key: 'window',
            term: t('plan.window'),
            value: (
              <>
                <time dateTime={plan.surveyOpensAt}>{formatKoreaDateTime(plan.surveyOpensAt, language)}</time>
                {' ~ '}
                <time dateTime={plan.surveyClosesAt}>{formatKoreaDateTime(plan.surveyClosesAt, language)}</time>
              </>
            ),
          },
          {
            key: 'phase',
            term: t('plan.phase'),
            value: (
              <span className={`badge badge--survey-${phase.toLowerCase()}`} data-testid={`${testId}-phase-badge`} data-phase={phase}>
                {t(`phase.${phase}`)}
              </span>
            ),
          },
          {
            key: 'caps',
            term: t('plan.caps'),
            value: t('plan.capsValue', {
              institutions: formatNumber(plan.maxInstitutionsPerProduct, language),
              amount: formatKrw(plan.maxAmountPerProduct, language),
            }),
          },
          { key: 'maxUsePeriod', term: t('plan.maxUsePeriod'), value: t('plan.months', { count: plan.maxUsePeriodMonths }) },
          {
            key: 'repeatThreshold',
            term: t('plan.repeatThreshold'),
            value: t('plan.repeatThresholdValue', { amount: formatKrw(plan.repeatPilotThreshold, language) }),
          },
          { key: 'published', term: t('plan.results'), value: plan.published ? t('plan.published') : t('plan.notPublished') },
        ]}
      />
      <p className="field__hint">{t('koreaTimeNote')}</p>
    </>
  );
}
