import type { ProposalView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { formatKoreaDateTime } from '../../../lib/korea-time';

/** "What to do next" for the supplier, by status, with the date that matters (the call's close, a supplement deadline). */
export function NextStep({ proposal, testId }: { proposal: ProposalView; testId?: string }) {
  const { t, i18n } = useTranslation('proposals');
  const date = (iso: string) => formatKoreaDateTime(iso, i18n.language);
  const callOpen = proposal.call.phase === 'OPEN';
  let text: string;
  switch (proposal.status) {
    case 'DRAFT':
      text = callOpen ? t('nextStep.DRAFT', { date: date(proposal.call.closesAt) }) : t('nextStep.DRAFT_CLOSED');
      break;
    case 'SUPPLEMENT_REQUESTED':
      text = t('nextStep.SUPPLEMENT_REQUESTED', { date: proposal.supplementRequest ? date(proposal.supplementRequest.deadline) : '' });
      break;
    default:
      text = t(`nextStep.${proposal.status}`);
  }
  return (
    <p className="next-step" data-testid={testId}>
      {text}
    </p>
  );
}
