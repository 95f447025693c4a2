import { ruleMessage, type RuleResult } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { ruleLabel } from '../lib/rules';
import { useMessageText } from '../lib/messages';

/**
 * Each eligibility rule with pass or fail and its reason, before the applicant
 * acts. `refusals` are the API's 409 `details` per rule, shown under the rule.
 */
export function RuleResults({ rules, refusals = {}, testId, labelledBy }: {
  rules: RuleResult[];
  refusals?: Record<string, string[]>;
  testId?: string;
  labelledBy?: string;
}) {
  const { t } = useTranslation('workflow');
  const { word } = useMessageText();
  return (
    <ul className="rule-list" data-testid={testId} aria-labelledby={labelledBy}>
      {rules.map((result) => (
        <li
          key={result.rule}
          className={`rule rule--${result.passed ? 'passed' : 'failed'}`}
          data-testid={`rule-${result.rule}`}
          data-passed={result.passed}
        >
          <span className="rule__verdict">
            <span aria-hidden="true">{result.passed ? '✓' : '✗'} </span>
            {result.passed ? t('rules.passed') : t('rules.failed')}
          </span>
          <span className="rule__name">{ruleLabel(result.rule, t)}</span>
          <span className="rule__reason">{word(ruleMessage(result))}</span>
          {refusals[result.rule]?.length ? (
            <span className="rule__refusal" role="alert">
              {refusals[result.rule].join(' ')}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
