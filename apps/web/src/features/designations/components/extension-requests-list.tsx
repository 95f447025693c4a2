import type { ExtensionRequestView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { ExtensionStatusBadge } from '../../../components/workflow-badges';
import { formatKoreaDateTime } from '../../../lib/korea-time';

/** A product's own extension requests and how each was decided. */
export function ExtensionRequestsList({ requests }: { requests: ExtensionRequestView[] }) {
  const { t, i18n } = useTranslation(['designations', 'workflow']);
  if (requests.length === 0) return <p className="muted">{t('extension.noRequests')}</p>;
  return (
    <ul className="request-list" data-testid="extension-requests">
      {requests.map((request) => (
        <li key={request.id} className="request-list__item" data-testid={`extension-request-${request.id}`}>
          <p>
            <ExtensionStatusBadge status={request.status} /> {t(`workflow:extensionBasis.${request.basis}`)} ·{' '}
            <time dateTime={request.createdAt}>{formatKoreaDateTime(request.createdAt, i18n.language)}</time>
          </p>
          {request.status === 'APPROVED' && request.years ? <p>{t('extension.approvedYears', { years: request.years })}</p> : null}
          {request.decidedReason ? <p className="muted">{t('extension.decidedReason', { reason: request.decidedReason })}</p> : null}
        </li>
      ))}
    </ul>
  );
}
