import type { AgendaItemView, CategoryView, ScoreSheet } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemDecisionSummary } from '../../../components/item-decision';
import { AgendaItemStatusBadge } from '../../../components/workflow-badges';
import { categoryLabel } from '../../../lib/categories';
import { ChairConsole } from './chair-console';
import { DeclarationForm } from './declaration-form';
import { ItemProposal } from './item-proposal';
import { SavedScore, ScoreForm } from './score-form';
import { VoteForm } from './vote-form';

/** Where the viewer stands in the session: opened by the chair yet, and present or absent. */
export interface Sitting {
  open: boolean;
  present: boolean;
  meetingDate: string;
}

/**
 * An agenda item as a member works through it: declare a conflict of interest
 * (or none) first; then read the proposal and, once the chair has opened the
 * session with the member present, score it (and vote, where the call asks);
 * the chair also sees the quorum and closes the item, after which everyone
 * sees the decision.
 */
export function AgendaItemCard({ item, categories, isChair, sitting, onRefresh, refreshing }: {
  item: AgendaItemView;
  categories?: CategoryView[];
  isChair: boolean;
  sitting: Sitting;
  onRefresh: () => void;
  refreshing: boolean;
}) {
  const { t, i18n } = useTranslation(['committee', 'workflow']);
  // The sheet just saved shows at once; the refreshed session confirms it.
  const [justSaved, setJustSaved] = useState<ScoreSheet | null>(null);
  const savedSheet = item.myScore ?? justSaved;
  const id = item.id;

  return (
    <article className="card agenda-item" aria-labelledby={`item-title-${id}`} data-testid={`agenda-item-${id}`} data-status={item.status}>
      <header className="agenda-item__header">
        <h2 id={`item-title-${id}`}>{item.productName}</h2>
        <AgendaItemStatusBadge status={item.status} testId={`item-status-${id}`} />
      </header>
      <p className="muted">
        {item.subject === 'CHALLENGE' ? `${t('item.challengeSubject')} · ` : ''}
        {item.companyName} · {categoryLabel(categories, item.subArea, i18n.language)}
      </p>

      {item.decision ? <ItemDecisionSummary decision={item.decision} criteria={item.criteria} testId={`decision-${id}`} /> : null}

      {item.myDeclaration === null && item.status === 'OPEN' ? <DeclarationForm item={item} /> : null}
      {item.myDeclaration === null && item.status === 'CLOSED' ? <p className="muted">{t('item.closedUndeclared')}</p> : null}
      {item.myDeclaration === 'CONFLICT' ? (
        <p className="alert alert--info" data-testid={`recused-${id}`}>
          {t('item.recused')}
        </p>
      ) : null}
      {item.myDeclaration === 'NONE' ? (
        <>
          <p className="muted" data-testid={`declared-none-${id}`}>
            {t('item.declaredNone')}
          </p>
          <ItemProposal itemId={id} subject={item.subject} />
          {savedSheet ? <SavedScore item={item} sheet={savedSheet} testId={`score-saved-${id}`} /> : null}
          {item.status === 'OPEN' && !sitting.open ? (
            <p className="alert alert--info" data-testid={`scoring-not-open-${id}`}>
              {t('item.scoringNotOpen', { date: sitting.meetingDate })}
            </p>
          ) : null}
          {item.status === 'OPEN' && sitting.open && !sitting.present ? (
            <p className="alert alert--info" data-testid={`absent-${id}`}>
              {t('item.absent')}
            </p>
          ) : null}
          {item.status === 'OPEN' && sitting.open && sitting.present ? <ScoreForm item={item} onSaved={setJustSaved} /> : null}
          {item.status === 'OPEN' && sitting.open && sitting.present && item.voteRequired && savedSheet ? <VoteForm item={item} /> : null}
        </>
      ) : null}

      {isChair && sitting.open ? <ChairConsole item={item} onRefresh={onRefresh} refreshing={refreshing} /> : null}
    </article>
  );
}
