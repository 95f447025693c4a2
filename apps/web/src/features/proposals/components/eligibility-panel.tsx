import type { ProposalView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, QueryError } from '../../../components/alerts';
import { RuleResults } from '../../../components/rule-results';
import { describeFormFailure, type FormAlert } from '../../../lib/api-errors';
import { ruleLabel } from '../../../lib/rules';
import { useProposalEligibility } from '../api/get-proposal-eligibility';
import { useMoveProposal } from '../api/move-proposal';

/**
 * The eligibility check before submitting: each rule with pass or fail and its
 * reason. Submitting stays disabled while a rule fails, saying which; a refused
 * submit's 409 `details` (per rule) show under their rules.
 */
export function EligibilityPanel({ proposal, onSubmitted }: { proposal: ProposalView; onSubmitted: (proposal: ProposalView) => void }) {
  const { t } = useTranslation(['proposals', 'workflow']);
  const { t: tw } = useTranslation('workflow');
  const { t: tc } = useTranslation();
  const eligibility = useProposalEligibility(proposal.id);
  const move = useMoveProposal();
  const [refusals, setRefusals] = useState<Record<string, string[]>>({});
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const rules = eligibility.data ?? [];
  const failing = rules.filter((rule) => !rule.passed);
  const canSubmit = proposal.availableActions.includes('submit');
  const blocked = !eligibility.data || failing.length > 0 || !canSubmit;

  function submit() {
    if (blocked || move.isPending) return;
    setAlert(null);
    setRefusals({});
    move.mutate(
      { id: proposal.id, action: 'submit' },
      {
        onSuccess: onSubmitted,
        onError: (error) => {
          const failure = describeFormFailure(error, tc, rules.map((rule) => rule.rule));
          setRefusals(failure.byField);
          setAlert(failure.alert);
          void eligibility.refetch();
        },
      },
    );
  }

  return (
    <section className="card eligibility" aria-labelledby="eligibility-title" data-testid="eligibility">
      <h2 id="eligibility-title">{t('eligibility.title')}</h2>
      <p className="muted">{t('eligibility.lead')}</p>
      {eligibility.isPending ? <Loading label={t('eligibility.checking')} /> : null}
      {eligibility.isError ? <QueryError error={eligibility.error} onRetry={() => void eligibility.refetch()} /> : null}
      {eligibility.data ? <RuleResults rules={rules} refusals={refusals} testId="eligibility-rules" labelledBy="eligibility-title" /> : null}
      {alert ? <ErrorAlert {...alert} testId="submit-error" /> : null}
      {eligibility.data && failing.length ? (
        <p id="submit-blocked" className="alert alert--error" data-testid="submit-blocked">
          {t('eligibility.blocked', { rules: failing.map((rule) => ruleLabel(rule.rule, tw)).join(', ') })}
        </p>
      ) : null}
      {eligibility.data && !failing.length && !canSubmit ? (
        <p id="submit-blocked" className="alert alert--info" data-testid="submit-blocked">
          {proposal.call.phase === 'OPEN' ? t('eligibility.notNow') : t('eligibility.callClosed')}
        </p>
      ) : null}
      {eligibility.data && !blocked ? <p className="alert alert--success">{t('eligibility.allPassed')}</p> : null}
      <div className="button-row">
        <button
          type="button"
          className="button"
          data-testid="proposal-submit"
          disabled={blocked}
          aria-describedby={blocked && eligibility.data ? 'submit-blocked' : undefined}
          aria-busy={move.isPending || undefined}
          onClick={submit}
        >
          {move.isPending ? t('eligibility.submitting') : t('eligibility.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void eligibility.refetch()} data-testid="eligibility-recheck">
          {t('eligibility.recheck')}
        </button>
      </div>
    </section>
  );
}
