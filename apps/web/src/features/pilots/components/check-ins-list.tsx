import type { PilotView } from '@inno/contracts';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { usePilotsTranslation } from './pilots-i18n';

/** The usage check-ins answered so far. */
export function CheckInsList({ checkIns }: { checkIns: PilotView['checkIns'] }) {
  const { t, i18n } = usePilotsTranslation();
  if (checkIns.length === 0) return <p className="muted">{t('checkIn.noneYet')}</p>;
  return (
    <ul className="change-list" data-testid="checkins">
      {checkIns.map((checkIn) => (
        <li key={checkIn.month} data-testid={`checkin-${checkIn.month}`} data-state={checkIn.state}>
          <strong>{t('checkIn.monthOption', { month: checkIn.month })}</strong>: {t(`usage.${checkIn.state}`)} — {checkIn.why}{' '}
          <span className="muted">({formatKoreaDateTime(checkIn.answeredAt, i18n.language)})</span>
        </li>
      ))}
    </ul>
  );
}
