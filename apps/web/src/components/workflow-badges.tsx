import type { AgendaItemStatus, CallPhase, DecisionKind, ExtensionRequestView, ProposalStatus } from '@inno/contracts';
import { useTranslation } from 'react-i18next';

/** Status badges of the designation workflow; each carries its raw status in `data-status`. */
export function ProposalStatusBadge({ status, testId }: { status: ProposalStatus; testId?: string }) {
  const { t } = useTranslation('workflow');
  return (
    <span className={`badge badge--proposal badge--proposal-${status.toLowerCase()}`} data-testid={testId} data-status={status}>
      {t(`proposalStatus.${status}`)}
    </span>
  );
}

export function CallPhaseBadge({ phase, testId }: { phase: CallPhase; testId?: string }) {
  const { t } = useTranslation('workflow');
  return (
    <span className={`badge badge--phase-${phase.toLowerCase()}`} data-testid={testId} data-status={phase}>
      {t(`callPhase.${phase}`)}
    </span>
  );
}

export function AgendaItemStatusBadge({ status, testId }: { status: AgendaItemStatus; testId?: string }) {
  const { t } = useTranslation('workflow');
  return (
    <span className={`badge badge--item-${status.toLowerCase()}`} data-testid={testId} data-status={status}>
      {t(`itemStatus.${status}`)}
    </span>
  );
}

export function DecisionKindBadge({ kind, testId }: { kind: DecisionKind; testId?: string }) {
  const { t } = useTranslation('workflow');
  return (
    <span className={`badge badge--decision-${kind.toLowerCase()}`} data-testid={testId} data-status={kind}>
      {t(`decisionKind.${kind}`)}
    </span>
  );
}

export function ExtensionStatusBadge({ status, testId }: { status: ExtensionRequestView['status']; testId?: string }) {
  const { t } = useTranslation('workflow');
  return (
    <span className={`badge badge--extension-${status.toLowerCase()}`} data-testid={testId} data-status={status}>
      {t(`extensionStatus.${status}`)}
    </span>
  );
}
