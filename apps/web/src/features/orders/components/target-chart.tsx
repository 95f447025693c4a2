import type { TargetMonth } from '@inno/contracts';
import { formatKrw } from '../../../lib/format';
import { useOrdersTranslation } from './orders-i18n';

const WIDTH = 600;
const HEIGHT = 220;
const PAD = { top: 12, right: 8, bottom: 24, left: 8 };

/**
 * The year month by month: bars of what was bought to each month's end, the target line spread
 * evenly over the months. A picture only (hidden from screen readers): the table beside it says the same.
 */
export function TargetChart({ months, targetAmount }: { months: TargetMonth[]; targetAmount: number }) {
  const { t, i18n } = useOrdersTranslation();
  const top = Math.max(targetAmount, ...months.map((m) => m.cumulative), 1);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / months.length;
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  const line = months.map((m, i) => `${PAD.left + slot * (i + 0.5)},${y(m.targetLine)}`).join(' ');
  return (
    <figure className="target-chart" data-testid="target-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(targetAmount)} y2={y(targetAmount)} className="target-chart__target" />
        {months.map((m, i) => (
          <g key={m.month}>
            <rect x={PAD.left + slot * i + slot * 0.15} width={slot * 0.7} y={y(m.cumulative)} height={Math.max(0, PAD.top + plotHeight - y(m.cumulative))} className="target-chart__bar" />
            <text x={PAD.left + slot * (i + 0.5)} y={HEIGHT - 6} textAnchor="middle" className="target-chart__label">
              {m.month}
            </text>
          </g>
        ))}
        <polyline points={line} className="target-chart__line" />
      </svg>
      <figcaption className="target-chart__legend">
        <span className="target-chart__key target-chart__key--bar">{t('target.legendBought')}</span>{' '}
        <span className="target-chart__key target-chart__key--line">{t('target.legendLine')}</span>{' '}
        <span className="target-chart__key target-chart__key--target">{t('target.legendTarget', { amount: formatKrw(targetAmount, i18n.language) })}</span>
      </figcaption>
    </figure>
  );
}
