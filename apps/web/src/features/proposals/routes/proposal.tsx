import type { ProposalView } from '@inno/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useCall } from '../../../api/get-call';
import { Loading, LoadFailure, QueryError, StatusMessage } from '../../../components/alerts';
import { ItemDecisionSummary } from '../../../components/item-decision';
import { ProposalStatusBadge } from '../../../components/workflow-badges';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useProposal } from '../api/get-proposal';
import { EligibilityPanel } from '../components/eligibility-panel';
import { NextStep } from '../components/next-step';
import { ProposalActions } from '../components/proposal-actions';
import { ProposalEditForm } from '../components/proposal-edit-form';
import { ProposalSummary } from '../../../components/proposal-summary';

/** A proposal's page: its state, any supplement request, screening and decision, its content (editable when allowed) and the moves. */
export function ProposalRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation('proposals');
  const proposal = useProposal(id);

  return (
    <section className="page page--form" aria-labelledby="proposal-title">
      <p className="breadcrumb-back">
        <Link to="/my/proposals">{t('detail.backToList')}</Link>
      </p>
      {proposal.isPending ? <Loading /> : null}
      {proposal.isError ? (
        <LoadFailure
          query={proposal}
          notFound={
            <>
              <h1 id="proposal-title">{t('detail.notFoundTitle')}</h1>
              <p data-testid="proposal-not-found">{t('detail.notFoundBody')}</p>
            </>
          }
        />
      ) : null}
      {proposal.data ? <ProposalPage proposal={proposal.data} /> : null}
    </section>
  );
}

/** Whether the supplier may edit now: a draft while the call is open; once submitted, only while a supplement is requested, before its deadline. */
function editable(proposal: ProposalView): boolean {
  if (proposal.status === 'DRAFT') return proposal.call.phase === 'OPEN';
  if (proposal.status === 'SUPPLEMENT_REQUESTED') return proposal.availableActions.includes('supplement');
  return false;
}

function ProposalPage({ proposal }: { proposal: ProposalView }) {
  const { t, i18n } = useTranslation(['proposals', 'workflow']);
  const language = i18n.language;
  const submitted = (useLocation().state as { submitted?: boolean } | null)?.submitted === true;
  const [status, setStatus] = useState<string | null>(submitted ? t('detail.submitted') : null);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const call = useCall(proposal.call.id, { enabled: editing });
  const canEdit = editable(proposal);

  // Back from the form, the focus returns to the button that opened it.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <>
      <h1 id="proposal-title">
        <span lang="ko">{proposal.product.nameKo}</span>
      </h1>
      <p className="proposal__meta">
        <ProposalStatusBadge status={proposal.status} testId="proposal-status" /> ·{' '}
        <Link to={`/calls/${proposal.call.id}`}>{proposal.call.title}</Link>
        {proposal.submittedAt ? ` · ${t('detail.submittedAt', { date: formatKoreaDateTime(proposal.submittedAt, language) })}` : null}
      </p>
      {status ? <StatusMessage testId="proposal-status-message">{status}</StatusMessage> : null}
      {proposal.screeningWaived ? (
        <p className="alert alert--info" data-testid="proposal-screening-waived">
          {t('detail.screeningWaived')}
        </p>
      ) : null}
      <NextStep proposal={proposal} testId="proposal-next-step" />

      {proposal.supplementRequest ? (
        <section className="card card--notice" aria-labelledby="supplement-title" data-testid="supplement-request">
          <h2 id="supplement-title">{t('detail.supplementTitle')}</h2>
          <p className="product__description">{proposal.supplementRequest.message}</p>
          <p>
            <strong>{t('detail.supplementDeadline')}</strong>{' '}
            <time dateTime={proposal.supplementRequest.deadline} data-testid="supplement-deadline">
              {formatKoreaDateTime(proposal.supplementRequest.deadline, language)}
            </time>{' '}
            <span className="muted">({t('workflow:koreaTimeNote')})</span>
          </p>
        </section>
      ) : null}

      {proposal.screening ? (
        <section className="card" aria-labelledby="screening-title" data-testid="screening-result">
          <h2 id="screening-title">{t('detail.screeningTitle')}</h2>
          <ul className="rule-list">
            {proposal.screening.map((item) => (
              <li key={item.key} className={`rule rule--${item.passed ? 'passed' : 'failed'}`} data-testid={`screening-${item.key}`} data-passed={item.passed}>
                <span className="rule__verdict">
                  <span aria-hidden="true">{item.passed ? '✓' : '✗'} </span>
                  {item.passed ? t('workflow:rules.passed') : t('workflow:rules.failed')}
                </span>
                <span className="rule__name">{t(`workflow:screeningItem.${item.key}`)}</span>
                <span className="rule__reason">{item.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {proposal.decision ? (
        <section className="card" aria-labelledby="decision-title">
          <h2 id="decision-title">{t('detail.decisionTitle')}</h2>
          <ItemDecisionSummary decision={proposal.decision} criteria={call.data?.criteria} testId="proposal-decision" />
        </section>
      ) : null}

      {editing ? (
        call.data ? (
          <ProposalEditForm
            proposal={proposal}
            call={call.data}
            onCancel={() => setEditing(false)}
            onSaved={(message) => {
              setStatus(message);
              setEditing(false);
            }}
          />
        ) : call.isError ? (
          <QueryError error={call.error} onRetry={() => void call.refetch()} />
        ) : (
          <Loading />
        )
      ) : (
        <section className="card" aria-labelledby="content-title">
          <div className="page__header">
            <h2 id="content-title">{t('detail.contentTitle')}</h2>
            {canEdit ? (
              <button
                ref={editButton}
                type="button"
                className="button button--secondary"
                data-testid="proposal-edit"
                onClick={() => {
                  setStatus(null);
                  setEditing(true);
                }}
              >
                {proposal.status === 'SUPPLEMENT_REQUESTED' ? t('detail.editSupplement') : t('detail.edit')}
              </button>
            ) : null}
          </div>
          {!canEdit && proposal.status === 'DRAFT' ? <p className="muted">{t('detail.lockedClosed')}</p> : null}
          {proposal.status === 'SUBMITTED' ? <p className="muted">{t('detail.lockedSubmitted')}</p> : null}
          {proposal.supplementDraft ? (
            <>
              <p className="alert alert--info" data-testid="supplement-draft-note">
                {t('detail.supplementDraftNote')}
              </p>
              <ProposalSummary subArea={proposal.subArea} content={{ ...proposal.content, ...proposal.supplementDraft }} testId="proposal-content" />
            </>
          ) : (
            <ProposalSummary subArea={proposal.subArea} content={proposal.content} testId="proposal-content" />
          )}
        </section>
      )}

      {!editing && proposal.availableActions.includes('submit') ? (
        <EligibilityPanel proposal={proposal} onSubmitted={() => setStatus(t('detail.submitted'))} />
      ) : null}
      {!editing ? <ProposalActions proposal={proposal} onDone={setStatus} /> : null}
    </>
  );
}
