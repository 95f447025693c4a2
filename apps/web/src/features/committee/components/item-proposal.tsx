import type { AgendaSubject, ChallengeView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/alerts';
import { DescriptionList } from '../../../components/description-list';
import { ProposalSummary } from '../../../components/proposal-summary';
import { useAgendaItem } from '../api/get-agenda-item';

/** The proposal (or the challenge) behind an item, for a member who declared no conflict (fetched when first opened). */
export function ItemProposal({ itemId, subject = 'PROPOSAL' }: { itemId: string; subject?: AgendaSubject }) {
  const { t } = useTranslation('committee');
  const [opened, setOpened] = useState(false);
  const detail = useAgendaItem(itemId, { enabled: opened });
  const content = detail.data?.challenge ? (
    <ChallengeStatement challenge={detail.data.challenge} testId={`item-proposal-content-${itemId}`} />
  ) : detail.data?.proposal ? (
    <ProposalSummary content={detail.data.proposal} testId={`item-proposal-content-${itemId}`} />
  ) : (
    <p className="muted">{t('item.proposalHidden')}</p>
  );
  return (
    <details className="item-proposal" data-testid={`item-proposal-${itemId}`} onToggle={(e) => setOpened((was) => was || e.currentTarget.open)}>
      <summary>{t(subject === 'CHALLENGE' ? 'item.showChallenge' : 'item.showProposal')}</summary>
      {opened && detail.isPending ? <Loading /> : null}
      {detail.isError ? <QueryError error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {detail.data ? content : null}
    </details>
  );
}

/** A challenge's problem as its institution stated it (public). */
function ChallengeStatement({ challenge, testId }: { challenge: ChallengeView; testId: string }) {
  const { t } = useTranslation('committee');
  return (
    <DescriptionList
      testId={testId}
      items={[
        { key: 'need', term: t('item.challengeNeed'), value: challenge.need },
        { key: 'currentMethod', term: t('item.challengeCurrentMethod'), value: challenge.currentMethod },
        { key: 'expectedEffect', term: t('item.challengeExpectedEffect'), value: challenge.expectedEffect },
      ]}
    />
  );
}
