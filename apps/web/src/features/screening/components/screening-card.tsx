import type { CategoryView, ProposalView } from '@inno/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/alerts';
import { ProposalSummary } from '../../../components/proposal-summary';
import { ProposalStatusBadge } from '../../../components/workflow-badges';
import { describeFormFailure, type FormAlert } from '../../../lib/api-errors';
import { categoryLabel } from '../../../lib/categories';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useLapseSupplement } from '../api/lapse-supplement';
import { useStartScreening } from '../api/start-screening';
import { ChecklistForm } from './checklist-form';
import { SupplementRequestForm } from './supplement-request-form';

/** One proposal in the queue, with the screening moves the API offers the operator now (`availableActions`). */
export function ScreeningCard({ proposal, categories, onDone, onStarted, focused = false }: {
  proposal: ProposalView;
  categories?: CategoryView[];
  onDone: (message: string) => void;
  /** Screening started: the queue moves to where the checklist is. */
  onStarted: (message: string) => void;
  /** The card the operator was just brought to: it takes the focus. */
  focused?: boolean;
}) {
  const { t, i18n } = useTranslation(['screening', 'workflow']);
  const { t: tc } = useTranslation();
  const language = i18n.language;
  const [requesting, setRequesting] = useState(false);
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const start = useStartScreening();
  const lapse = useLapseSupplement();
  const actions = proposal.availableActions;
  const id = proposal.id;
  const pending = start.isPending || lapse.isPending;

  const onError = (error: unknown) => setAlert(describeFormFailure(error, tc, []).alert);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focused) return;
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [focused]);

  return (
    <article className="card screening-card" aria-labelledby={`screening-title-${id}`} data-testid={`screening-item-${id}`} data-status={proposal.status}>
      <header className="screening-card__header">
        <h2 id={`screening-title-${id}`} ref={heading} tabIndex={-1}>
          {proposal.product.nameKo}
        </h2>
        <ProposalStatusBadge status={proposal.status} testId={`screening-status-${id}`} />
      </header>
      <p className="muted">
        {t('card.meta', {
          company: proposal.company.name,
          call: proposal.call.title,
          area: categoryLabel(categories, proposal.subArea, language),
        })}
        {proposal.submittedAt ? ` · ${t('card.submittedAt', { date: formatKoreaDateTime(proposal.submittedAt, language) })}` : null}
      </p>
      {proposal.supplementRequest ? (
        <div className="alert alert--info" data-testid={`screening-supplement-${id}`}>
          <p className="alert__title">{t('card.supplementRequested', { date: formatKoreaDateTime(proposal.supplementRequest.deadline, language) })}</p>
          <p>{proposal.supplementRequest.message}</p>
        </div>
      ) : null}
      <details className="screening-card__content">
        <summary>{t('card.showContent')}</summary>
        <ProposalSummary subArea={proposal.subArea} content={proposal.content} testId={`screening-content-${id}`} />
      </details>
      {alert ? <ErrorAlert {...alert} testId={`screening-error-${id}`} /> : null}
      <div className="button-row">
        {actions.includes('start-screening') ? (
          <button
            type="button"
            className="button"
            data-testid={`start-screening-${id}`}
            aria-disabled={pending || undefined}
            onClick={() => {
              if (pending) return;
              setAlert(null);
              start.mutate(id, { onSuccess: () => onStarted(t('done.started', { name: proposal.product.nameKo })), onError });
            }}
          >
            {t('card.startScreening')}
          </button>
        ) : null}
        {actions.includes('request-supplement') && !requesting ? (
          <button type="button" className="button button--secondary" data-testid={`request-supplement-${id}`} onClick={() => setRequesting(true)}>
            {t('card.requestSupplement')}
          </button>
        ) : null}
        {actions.includes('lapse-supplement') ? (
          <button
            type="button"
            className="button button--secondary"
            data-testid={`lapse-supplement-${id}`}
            aria-disabled={pending || undefined}
            onClick={() => {
              if (pending) return;
              setAlert(null);
              lapse.mutate(id, { onSuccess: () => onDone(t('done.lapsed', { name: proposal.product.nameKo })), onError });
            }}
          >
            {t('card.lapseSupplement')}
          </button>
        ) : null}
      </div>
      {proposal.status === 'SUPPLEMENT_REQUESTED' && !actions.includes('lapse-supplement') ? <p className="field__hint">{t('card.lapseLater')}</p> : null}
      {requesting ? <SupplementRequestForm proposal={proposal} onDone={onDone} onCancel={() => setRequesting(false)} /> : null}
      {actions.includes('pass-screening') || actions.includes('fail-screening') ? <ChecklistForm proposal={proposal} onDone={onDone} /> : null}
    </article>
  );
}
