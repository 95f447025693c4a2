import type { MatchingProposal, PilotPlanView, PilotView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, QueryError } from '../../../components/alerts';
import { describeFormFailure, type FormAlert } from '../../../lib/api-errors';
import { formatKrw, formatNumber } from '../../../lib/format';
import { useMessageText } from '../../../lib/messages';
import { useApplyMatching } from '../api/apply-matching';
import { useMatchingProposal } from '../api/get-matching-proposal';
import { FollowOn } from './pilot-facts';
import { usePilotsTranslation } from './pilots-i18n';

/**
 * The platform's proposed matching (ranked, within the caps and the budget) with a
 * checkbox per application: the operator unticks or ticks, then applies it. All are
 * matched or none; a 409 (a cap or the budget) says which.
 */
export function MatchingPanel({ plan, applications, onApplied }: {
  plan: PilotPlanView;
  /** The plan's APPLIED applications, to name each row. */
  applications: PilotView[];
  /** Said once the matching is applied (the page keeps it: this panel refreshes, or goes once nothing waits). */
  onApplied: (message: string) => void;
}) {
  const { t } = usePilotsTranslation();
  const proposal = useMatchingProposal(plan.id);
  return (
    <section className="card" aria-labelledby="matching-title" data-testid="matching-proposal">
      <h2 id="matching-title">{t('matching.title')}</h2>
      <p className="muted">{t('matching.lead')}</p>
      {proposal.isPending ? <Loading /> : null}
      {proposal.isError ? <QueryError error={proposal.error} onRetry={() => void proposal.refetch()} /> : null}
      {proposal.data ? (
        <MatchingForm key={proposal.dataUpdatedAt} plan={plan} proposal={proposal.data} applications={applications} onApplied={onApplied} />
      ) : null}
    </section>
  );
}

function MatchingForm({ plan, proposal, applications, onApplied }: {
  plan: PilotPlanView;
  proposal: MatchingProposal;
  applications: PilotView[];
  onApplied: (message: string) => void;
}) {
  const { t, i18n } = usePilotsTranslation();
  const { t: tc } = useTranslation();
  const { word } = useMessageText();
  const language = i18n.language;
  const [selected, setSelected] = useState(() => new Set(proposal.match.map((row) => row.applicationId)));
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const mutation = useApplyMatching();
  const byId = new Map(applications.map((application) => [application.id, application]));
  const rows = [
    ...proposal.match.map((row) => ({ ...row, proposed: true as const, reason: null })),
    ...proposal.skip.map((row) => ({ ...row, proposed: false as const, amount: byId.get(row.applicationId)?.amount ?? 0, rank: null })),
  ];
  const selectedAmount = rows.filter((row) => selected.has(row.applicationId)).reduce((sum, row) => sum + row.amount, 0);
  const leftAfter = plan.budget - plan.matchedAmount - selectedAmount;

  if (rows.length === 0) return <p data-testid="matching-empty">{t('matching.empty')}</p>;

  const toggle = (id: string, checked: boolean) => {
    setSelected((previous) => {
      const next = new Set(previous);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  const apply = () => {
    if (mutation.isPending) return;
    setAlert(null);
    if (selected.size === 0) {
      setAlert({ title: t('matching.noneSelected'), messages: [] });
      return;
    }
    // In the proposal's order: the ranking decides who gets the budget first.
    const applicationIds = rows.map((row) => row.applicationId).filter((id) => selected.has(id));
    mutation.mutate(
      { planId: plan.id, applicationIds },
      {
        onSuccess: (matched) => onApplied(t('matching.applied', { n: formatNumber(matched.length, language) })),
        onError: (error) => setAlert(describeFormFailure(error, tc, []).alert),
      },
    );
  };

  return (
    <>
      {alert ? <ErrorAlert {...alert} testId="matching-error" /> : null}
      <div className="table-wrap">
        <table className="table table--compact" data-testid="matching-table">
          <caption className="visually-hidden">{t('matching.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matching.include')}</th>
              <th scope="col">{t('matching.rank')}</th>
              <th scope="col">{t('matching.product')}</th>
              <th scope="col">{t('matching.institution')}</th>
              <th scope="col">{t('matching.followOn')}</th>
              <th scope="col">{t('matching.amount')}</th>
              <th scope="col">{t('matching.note')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const application = byId.get(row.applicationId);
              const label = t('matching.checkLabel', {
                product: application?.product.nameKo ?? row.productId,
                institution: application?.institution.name ?? row.applicationId,
              });
              return (
                <tr key={row.applicationId} data-testid={`matching-row-${row.applicationId}`} data-proposed={row.proposed}>
                  <td>
                    <input
                      type="checkbox"
                      id={`matching-check-${row.applicationId}`}
                      aria-label={label}
                      checked={selected.has(row.applicationId)}
                      onChange={(e) => toggle(row.applicationId, e.target.checked)}
                      data-testid={`matching-check-${row.applicationId}`}
                    />
                  </td>
                  <td>{row.rank !== null ? t('matching.rankValue', { rank: row.rank }) : t('common.none')}</td>
                  <td>{application?.product.nameKo ?? row.productId}</td>
                  <td>{application?.institution.name ?? t('common.unknown')}</td>
                  <td>{application ? <FollowOn pilot={application} /> : t('common.unknown')}</td>
                  <td>{formatKrw(row.amount, language)}</td>
                  <td>{row.proposed ? t('matching.proposed') : t('matching.skipped', { reason: word(row) })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p aria-live="polite" data-testid="matching-selected-total">
        {t('matching.selectedTotal', {
          n: formatNumber(selected.size, language),
          amount: formatKrw(selectedAmount, language),
          left: formatKrw(leftAfter, language),
        })}
      </p>
      {leftAfter < 0 ? (
        <p className="alert alert--error" data-testid="matching-over-budget">
          {t('matching.overBudget')}
        </p>
      ) : null}
      <button type="button" className="button" data-testid="matching-apply" aria-disabled={mutation.isPending || undefined} onClick={apply}>
        {mutation.isPending ? t('matching.applying') : t('matching.apply', { n: formatNumber(selected.size, language) })}
      </button>
    </>
  );
}
