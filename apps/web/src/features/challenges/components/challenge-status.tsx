import type { ChallengeStatus } from '@inno/contracts';
import { useTranslation } from 'react-i18next';

export function ChallengeStatusBadge({ status }: { status: ChallengeStatus }) {
  const { t } = useTranslation('challenges');
  return (
    <span className="badge" data-testid="challenge-status">
      {t(`status.${status}`)}
    </span>
  );
}
