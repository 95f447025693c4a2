import type { PilotStatus } from '@inno/contracts';
import { usePilotsTranslation } from './pilots-i18n';

/** Where a pilot stands; carries its raw status in `data-status`. */
export function PilotStatusBadge({ status, testId }: { status: PilotStatus; testId?: string }) {
  const { t } = usePilotsTranslation();
  return (
    <span className={`badge badge--pilot badge--pilot-${status.toLowerCase()}`} data-testid={testId} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
