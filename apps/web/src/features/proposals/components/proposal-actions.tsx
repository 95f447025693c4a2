import type { ProposalView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/alerts';
import { TextAreaField } from '../../../components/field';
import { describeFormFailure, type FormAlert } from '../../../lib/api-errors';
import { useMoveProposal } from '../api/move-proposal';

/**
 * The supplement and withdraw moves the API offers the supplier now
 * (`availableActions`); submitting goes through the eligibility check instead.
 */
export function ProposalActions({ proposal, onDone }: { proposal: ProposalView; onDone: (message: string) => void }) {
  const { t } = useTranslation('proposals');
  const { t: tc } = useTranslation();
  const move = useMoveProposal();
  const [confirmingWithdraw, setConfirmingWithdraw] = useState(false);
  const [reason, setReason] = useState('');
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const canSupplement = proposal.availableActions.includes('supplement');
  const canWithdraw = proposal.availableActions.includes('withdraw');
  if (!canSupplement && !canWithdraw) return null;

  const act = (action: 'supplement' | 'withdraw') => {
    if (move.isPending) return;
    setAlert(null);
    move.mutate(
      { id: proposal.id, action, reason: action === 'withdraw' ? reason.trim() || undefined : undefined },
      {
        onSuccess: () => {
          setConfirmingWithdraw(false);
          onDone(action === 'withdraw' ? t('actions.withdrawn') : t('actions.supplemented'));
        },
        onError: (error) => setAlert(describeFormFailure(error, tc, []).alert),
      },
    );
  };

  return (
    <section className="card" aria-labelledby="proposal-actions-title" data-testid="proposal-actions">
      <h2 id="proposal-actions-title">{t('actions.title')}</h2>
      {alert ? <ErrorAlert {...alert} testId="proposal-action-error" /> : null}
      {canSupplement ? (
        <div className="action-block">
          <p>{t('actions.supplementLead')}</p>
          <button
            type="button"
            className="button"
            data-testid="proposal-action-supplement"
            aria-disabled={move.isPending || undefined}
            onClick={() => act('supplement')}
          >
            {t('actions.supplement')}
          </button>
        </div>
      ) : null}
      {canWithdraw ? (
        <div className="action-block">
          {confirmingWithdraw ? (
            <div role="group" aria-labelledby="withdraw-title" className="form">
              <p id="withdraw-title" className="alert alert--error">
                {t('actions.withdrawConfirmLead')}
              </p>
              <TextAreaField
                id="withdraw-reason"
                label={t('actions.withdrawReason')}
                hint={t('actions.withdrawReasonHint')}
                rows={3}
                maxLength={2000}
                autoFocus
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
              <div className="button-row">
                <button
                  type="button"
                  className="button button--danger"
                  data-testid="withdraw-confirm"
                  aria-disabled={move.isPending || undefined}
                  onClick={() => act('withdraw')}
                >
                  {t('actions.withdrawConfirm')}
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirmingWithdraw(false)}>
                  {t('actions.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="button button--danger" data-testid="proposal-action-withdraw" onClick={() => setConfirmingWithdraw(true)}>
              {t('actions.withdraw')}
            </button>
          )}
        </div>
      ) : null}
    </section>
  );
}
