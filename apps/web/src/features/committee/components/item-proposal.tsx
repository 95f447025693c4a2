import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/alerts';
import { ProposalSummary } from '../../../components/proposal-summary';
import { useAgendaItem } from '../api/get-agenda-item';

/** The proposal behind an item, for a member who declared no conflict (fetched when first opened). */
export function ItemProposal({ itemId }: { itemId: string }) {
  const { t } = useTranslation('committee');
  const [opened, setOpened] = useState(false);
  const detail = useAgendaItem(itemId, { enabled: opened });
  return (
    <details className="item-proposal" data-testid={`item-proposal-${itemId}`} onToggle={(e) => setOpened((was) => was || e.currentTarget.open)}>
      <summary>{t('item.showProposal')}</summary>
      {opened && detail.isPending ? <Loading /> : null}
      {detail.isError ? <QueryError error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {detail.data ? (
        detail.data.proposal ? (
          <ProposalSummary content={detail.data.proposal} testId={`item-proposal-content-${itemId}`} />
        ) : (
          <p className="muted">{t('item.proposalHidden')}</p>
        )
      ) : null}
    </details>
  );
}
