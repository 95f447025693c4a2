import type { PilotPlanView } from '@inno/contracts';

/** Where a plan's demand survey stands now: open, not yet open, or closed. */
export type SurveyPhase = 'OPEN' | 'UPCOMING' | 'CLOSED';

export function surveyPhase(plan: Pick<PilotPlanView, 'surveyOpen' | 'surveyOpensAt'>, now: Date = new Date()): SurveyPhase {
  if (plan.surveyOpen) return 'OPEN';
  return now < new Date(plan.surveyOpensAt) ? 'UPCOMING' : 'CLOSED';
}
