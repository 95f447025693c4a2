import type { PilotPlanView } from '@inno/contracts';
import { Link } from 'react-router';
import { formatKrw } from '../../../lib/format';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { surveyPhase } from './plan-phase';
import { usePilotsTranslation } from './pilots-i18n';
import { DataTable } from '../../../components/data-table';

/** Plans with their budget, survey window (Korea time) and phase; each title links to `linkTo(plan)`. */
export function PlansTable({ plans, caption, linkTo }: { plans: PilotPlanView[]; caption: string; linkTo: (plan: PilotPlanView) => string }) {
  const { t, i18n } = usePilotsTranslation();
  const language = i18n.language;
  return (
    <DataTable
      caption={caption}
      testId="pilot-plans-table"
      rows={plans}
      rowKey={(plan) => plan.id}
      rowTestId={(plan) => `pilot-plan-row-${plan.id}`}
      empty={t('plans.empty')}
      columns={[
        { key: 'title', header: t('plans.title'), rowHeader: true, cell: (plan) => <Link to={linkTo(plan)}>{plan.title}</Link> },
        { key: 'year', header: t('plans.year'), cell: (plan) => plan.year },
        {
          key: 'budget',
          header: t('plans.budget'),
          cell: (plan) => t('plans.budgetValue', { matched: formatKrw(plan.matchedAmount, language), budget: formatKrw(plan.budget, language) }),
        },
        {
          key: 'window',
          header: t('plans.window'),
          cell: (plan) => t('period', { from: formatKoreaDateTime(plan.surveyOpensAt, language), to: formatKoreaDateTime(plan.surveyClosesAt, language) }),
        },
        { key: 'phase', header: t('plans.phase'), cell: (plan) => <PlanPhase plan={plan} /> },
      ]}
    />
  );
}

function PlanPhase({ plan }: { plan: PilotPlanView }) {
  const { t } = usePilotsTranslation();
  const phase = surveyPhase(plan);
  return (
    <>
      <span className={`badge badge--survey-${phase.toLowerCase()}`} data-testid={`pilot-plan-phase-${plan.id}`} data-phase={phase}>
        {t(`phase.${phase}`)}
      </span>
      {plan.published ? <span className="badge">{t('plans.published')}</span> : null}
    </>
  );
}
