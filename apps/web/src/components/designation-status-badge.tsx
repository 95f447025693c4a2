import type { DesignationStatus } from '@inno/contracts';
import { useTranslation } from 'react-i18next';

/** Where a product stands in its designation lifecycle. */
export function DesignationStatusBadge({ status, testId }: { status: DesignationStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--designation badge--${status.toLowerCase()}`} data-testid={testId} data-status={status}>
      {t(`designationStatus.${status}`)}
    </span>
  );
}
