import type { PilotPlanView } from '@inno/contracts';
import { Link } from 'react-router';
import { formatKrw } from '../../../lib/format';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { surveyPhase } from './plan-phase';
import { usePilotsTranslation } from './pilots-i18n';

/** Plans with their budget, survey window (Korea time) and phase; each title links to `linkTo(plan)`. */
export function PlansTable({ plans, caption, linkTo }: { plans: PilotPlanView[]; caption: string; linkTo: (plan: PilotPlanView) => string }) {
  const { t, i18n } = usePilotsTranslation();
  const language = i18n.language;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="pilot-plans-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.title')}</th>
            <th scope="col">{t('plans.year')}</th>
            <th scope="col">{t('plans.budget')}</th>
            <th scope="col">{t('plans.window')}</th>
            <th scope="col">{t('plans.phase')}</th>
          </tr>
        </thead>
        <tbody>
          {plans.length === 0 ? (
            <tr>
              <td colSpan={5} className="table__empty">
                {t('plans.empty')}
              </td>
            </tr>
          ) : (
            plans.map((plan) => {
              const phase = surveyPhase(plan);
              return (
                <tr key={plan.id} data-testid={`pilot-plan-row-${plan.id}`}>
                  <th scope="row">
                    <Link to={linkTo(plan)}>{plan.title}</Link>
                  </th>
                  <td>{plan.year}</td>
                  <td>{t('plans.budgetValue', { matched: formatKrw(plan.matchedAmount, language), budget: formatKrw(plan.budget, language) })}</td>
                  <td>
                    {t('period', { from: formatKoreaDateTime(plan.surveyOpensAt, language), to: formatKoreaDateTime(plan.surveyClosesAt, language) })}
                  </td>
                  <td>
                    <span className={`badge badge--survey-${phase.toLowerCase()}`} data-testid={`pilot-plan-phase-${plan.id}`} data-phase={phase}>
                      {t(`phase.${phase}`)}
                    </span>
                    {plan.published ? <span className="badge">{t('plans.published')}</span> : null}
                  </td>
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
