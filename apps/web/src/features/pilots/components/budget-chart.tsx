import { formatKrw, formatPercent } from '../../../lib/format';
import { usePilotsTranslation } from './pilots-i18n';

/**
 * The plan's budget used (matched) versus left, at a glance: an SVG bar read as
 * one image whose label states the figures, and the same figures as text.
 */
export function BudgetChart({ budget, used, testId = 'budget-chart' }: { budget: number; used: number; testId?: string }) {
  const { t, i18n } = usePilotsTranslation();
  const language = i18n.language;
  const left = budget - used;
  const share = budget > 0 ? Math.min(1, Math.max(0, used / budget)) : 0;
  const figures = {
    budget: formatKrw(budget, language),
    used: formatKrw(used, language),
    left: formatKrw(left, language),
    percent: formatPercent(budget > 0 ? used / budget : 0, language),
  };
  return (
    <figure className="budget-chart" data-testid={testId}>
      <svg
        role="img"
        aria-label={t('budget.chartLabel', figures)}
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        width="100%"
        height="24"
        focusable="false"
      >
        <rect x="0" y="0" width="100" height="10" fill="#e5e7eb" />
        <rect x="0" y="0" width={share * 100} height="10" fill={left < 0 ? '#b91c1c' : '#1d4ed8'} data-testid={`${testId}-used`} />
      </svg>
      <figcaption>
        <dl className="description-list">
          <div className="description-list__row">
            <dt>{t('budget.used')}</dt>
            <dd data-testid={`${testId}-used-text`}>{t('budget.usedValue', figures)}</dd>
          </div>
          <div className="description-list__row">
            <dt>{t('budget.left')}</dt>
            <dd data-testid={`${testId}-left-text`}>{figures.left}</dd>
          </div>
          <div className="description-list__row">
            <dt>{t('budget.total')}</dt>
            <dd>{figures.budget}</dd>
          </div>
        </dl>
      </figcaption>
    </figure>
  );
}
