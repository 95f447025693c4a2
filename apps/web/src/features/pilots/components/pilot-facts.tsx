import type { PilotView } from '@inno/contracts';
import { DescriptionList } from '../../../components/description-list';
import { formatDay, formatKrw, formatNumber } from '../../../lib/format';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useMessageText } from '../../../lib/messages';
import { usePilotsTranslation } from './pilots-i18n';

/** What the institution applied for, and where the pilot stands (rank while applied, decision, use period, verdict). */
export function PilotFacts({ pilot, testId = 'pilot-facts' }: { pilot: PilotView; testId?: string }) {
  const { t, i18n } = usePilotsTranslation();
  const { word } = useMessageText();
  const language = i18n.language;
  const none = t('common.none');
  const text = (value: string) => <span className="product__description">{value}</span>;
  const items = [
    { key: 'institution', term: t('facts.institution'), value: pilot.institution.name },
    { key: 'company', term: t('facts.company'), value: pilot.product.companyName },
    { key: 'quantity', term: t('facts.quantity'), value: formatNumber(pilot.quantity, language) },
    { key: 'amount', term: t('facts.amount'), value: formatKrw(pilot.amount, language) },
    { key: 'usePeriod', term: t('facts.usePeriod'), value: t('plan.months', { count: pilot.usePeriodMonths }) },
    { key: 'place', term: t('facts.place'), value: text(pilot.place) },
    { key: 'intendedUse', term: t('facts.intendedUse'), value: text(pilot.intendedUse) },
    { key: 'followOn', term: t('facts.followOn'), value: <FollowOn pilot={pilot} /> },
    { key: 'need', term: t('facts.need'), value: text(pilot.need) },
    { key: 'appliedAt', term: t('facts.appliedAt'), value: formatKoreaDateTime(pilot.createdAt, language) },
  ];
  if (pilot.rank !== null) items.push({ key: 'rank', term: t('facts.rank'), value: t('facts.rankValue', { rank: pilot.rank }) });
  if (pilot.decisionReasonMessage) items.push({ key: 'decisionReason', term: t('facts.decisionReason'), value: text(word(pilot.decisionReasonMessage)) });
  if (pilot.useStartedAt) {
    items.push({
      key: 'use',
      term: t('facts.use'),
      value: t('period', { from: formatDay(pilot.useStartedAt, language), to: pilot.useEndsOn ? formatDay(pilot.useEndsOn, language) : none }),
    });
  }
  if (pilot.verdictReason) items.push({ key: 'verdictReason', term: t('facts.verdictReason'), value: text(pilot.verdictReason) });
  return <DescriptionList testId={testId} items={items} />;
}

/** The follow-on purchase plan in words: budgeted (with the amount), planned, or none. */
export function FollowOn({ pilot }: { pilot: Pick<PilotView, 'followOnPlanned' | 'followOnBudgeted' | 'followOnAmount'> }) {
  const { t, i18n } = usePilotsTranslation();
  if (pilot.followOnBudgeted) {
    return <>{t('followOn.budgeted', { amount: pilot.followOnAmount !== null ? formatKrw(pilot.followOnAmount, i18n.language) : t('common.none') })}</>;
  }
  if (pilot.followOnPlanned) {
    return <>{pilot.followOnAmount !== null ? t('followOn.plannedAmount', { amount: formatKrw(pilot.followOnAmount, i18n.language) }) : t('followOn.planned')}</>;
  }
  return <>{t('followOn.none')}</>;
}
