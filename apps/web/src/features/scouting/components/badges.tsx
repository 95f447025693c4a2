import type { DemoDayStatus, NominationStatus } from '@inno/contracts';
import { useTranslation } from 'react-i18next';

/** Where a nomination stands; its raw status in `data-status`. */
export function NominationStatusBadge({ status, testId }: { status: NominationStatus; testId?: string }) {
  const { t } = useTranslation('scouting');
  return (
    <span className={`badge badge--nomination-${status.toLowerCase()}`} data-testid={testId} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}

export function DemoDayStatusBadge({ status, testId }: { status: DemoDayStatus; testId?: string }) {
  const { t } = useTranslation('scouting');
  return (
    <span className={`badge badge--demo-day-${status.toLowerCase()}`} data-testid={testId} data-status={status}>
      {t(`dayStatus.${status}`)}
    </span>
  );
}
