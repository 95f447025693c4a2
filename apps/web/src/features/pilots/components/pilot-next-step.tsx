import { Role, type PilotView } from '@inno/contracts';
import { formatDay } from '../../../lib/format';
import { usePilotsTranslation } from './pilots-i18n';

type Viewer = 'buyer' | 'supplier' | 'operator';

function viewerOf(role: Role | undefined): Viewer {
  if (role === Role.BUYER) return 'buyer';
  if (role === Role.SUPPLIER) return 'supplier';
  return 'operator';
}

/** "What happens next", in words, for the one looking: the institution, the supplier or the operator. */
export function PilotNextStep({ pilot, role, testId }: { pilot: PilotView; role: Role | undefined; testId?: string }) {
  const { t, i18n } = usePilotsTranslation();
  const viewer = viewerOf(role);
  const text =
    viewer === 'buyer' && pilot.checkInsDue.length > 0
      ? t('nextStep.checkInDue', { months: pilot.checkInsDue.join(', ') })
      : t(`nextStep.${viewer}.${pilot.status}`, {
          date: pilot.useEndsOn ? formatDay(pilot.useEndsOn, i18n.language) : t('nextStep.noDate'),
          rank: pilot.rank ?? '–',
        });
  return (
    <p className="next-step" data-testid={testId}>
      {text}
    </p>
  );
}
