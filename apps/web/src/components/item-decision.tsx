import { textMessage, type CriteriaSet, type ItemDecision } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';
import { nameInLanguage } from '../lib/messages';
import { MessageList } from './message-list';

/**
 * A committee decision on an item: pass or fail, the aggregate (the mean of the
 * members' totals, highest and lowest dropped from the call's trimming
 * threshold up), each group's aggregate, the vote count where there was one,
 * and the reasons. Never who gave which score or vote.
 */
export function ItemDecisionSummary({ decision, criteria, testId }: { decision: ItemDecision; criteria?: CriteriaSet; testId?: string }) {
  const { t, i18n } = useTranslation('workflow');
  const number = (value: number) => formatNumber(value, i18n.language);
  const groupName = (key: string) => {
    const group = criteria?.groups.find((g) => g.key === key);
    return group ? nameInLanguage(group.name, i18n.language) : t('decision.otherGroup');
  };
  return (
    <div className={`decision decision--${decision.passed ? 'passed' : 'failed'}`} data-testid={testId} data-passed={decision.passed}>
      <p className="decision__verdict">
        <strong>{decision.passed ? t('decision.passed') : t('decision.failed')}</strong>
        {' · '}
        <span data-testid={testId ? `${testId}-aggregate` : undefined}>{t('decision.aggregate', { aggregate: number(decision.aggregate) })}</span>
      </p>
      <p className="muted">
        {t('decision.scoredBy', { scored: number(decision.scoredBy), eligible: number(decision.eligibleMembers) })}
      </p>
      {decision.votes ? (
        <p className="muted" data-testid={testId ? `${testId}-votes` : undefined}>
          {t('decision.votes', { present: number(decision.present), for: number(decision.votes.for), against: number(decision.votes.against), abstain: number(decision.votes.abstain) })}
        </p>
      ) : null}
      {Object.keys(decision.groupAggregates).length ? (
        <ul className="decision__groups">
          {Object.entries(decision.groupAggregates).map(([key, value]) => (
            <li key={key}>{t('decision.groupAggregate', { group: groupName(key), aggregate: number(value) })}</li>
          ))}
        </ul>
      ) : null}
      {decision.reasons.length ? (
        <>
          <p className="decision__reasons-title">{t('decision.reasons')}</p>
          <MessageList className="decision__reasons" messages={decision.reasonMessages ?? decision.reasons.map(textMessage)} />
        </>
      ) : null}
    </div>
  );
}
