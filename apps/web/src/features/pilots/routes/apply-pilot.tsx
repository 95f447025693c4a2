import type { PilotPlanView, PilotView } from '@inno/contracts';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useProduct } from '../../../api/get-product';
import { Loading, QueryError } from '../../../components/alerts';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useSession } from '../../../lib/session';
import { usePilotPlan } from '../api/get-pilot-plan';
import { PilotApplicationForm } from '../components/pilot-application-form';
import { surveyPhase } from '../components/plan-phase';
import { PlanSummary } from '../components/plan-summary';
import { usePilotsTranslation } from '../components/pilots-i18n';

/** `/pilots/apply?planId=&productId=` (BUYER): the institution's application for one product of a plan's demand survey. */
export function ApplyPilotRoute() {
  const { t } = usePilotsTranslation();
  const [search] = useSearchParams();
  const planId = search.get('planId') ?? '';
  const productId = search.get('productId') ?? '';
  const institution = useSession().user?.institution;

  return (
    <section className="page page--form" aria-labelledby="pilot-apply-title">
      <p className="breadcrumb-back">
        <Link to={planId ? `/pilots/plans/${encodeURIComponent(planId)}` : '/pilots'}>{t('apply.backToSurvey')}</Link>
      </p>
      <h1 id="pilot-apply-title">{t('apply.title')}</h1>
      {!planId || !productId ? (
        <p className="alert alert--info" data-testid="apply-missing">
          {t('apply.missing')} <Link to="/pilots">{t('apply.choosePlan')}</Link>
        </p>
      ) : !institution ? (
        <p data-testid="no-institution">{t('apply.noInstitution')}</p>
      ) : (
        <ApplyGate planId={planId} productId={productId} institutionName={institution.name} />
      )}
    </section>
  );
}

function ApplyGate({ planId, productId, institutionName }: { planId: string; productId: string; institutionName: string }) {
  const { t } = usePilotsTranslation();
  const plan = usePilotPlan(planId);
  const product = useProduct(productId);
  const [applied, setApplied] = useState<PilotView | null>(null);

  if (plan.isPending || product.isPending) return <Loading />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  // No form for a product that cannot be found: the API would refuse the application.
  if (product.isError) {
    return (
      <>
        <QueryError error={product.error} title={t('apply.productFailed')} />
        <p data-testid="apply-no-product">
          <Link to={`/pilots/plans/${encodeURIComponent(planId)}`}>{t('apply.chooseProduct')}</Link>
        </p>
      </>
    );
  }
  const name = product.data.nameKo;

  return (
    <>
      <p className="page__lead" data-testid="apply-for">
        {t('apply.forProduct', { product: name, plan: plan.data.title, institution: institutionName })}
      </p>
      {applied ? (
        <Applied pilot={applied} plan={plan.data} />
      ) : (
        <>
          <details className="card">
            <summary>{t('apply.planFacts')}</summary>
            <PlanSummary plan={plan.data} testId="apply-plan-summary" />
          </details>
          <PlanGate plan={plan.data}>
            <PilotApplicationForm plan={plan.data} productId={productId} askingPrice={product.data.askingPrice} onApplied={setApplied} />
          </PlanGate>
        </>
      )}
    </>
  );
}

/** The form only while the survey is open (the API refuses with 409 otherwise). */
function PlanGate({ plan, children }: { plan: PilotPlanView; children: ReactNode }) {
  const { t, i18n } = usePilotsTranslation();
  const phase = surveyPhase(plan);
  if (phase === 'OPEN') return children;
  return (
    <p className="alert alert--error" role="alert" data-testid="survey-not-open" data-phase={phase}>
      {phase === 'UPCOMING'
        ? t('survey.upcoming', { date: formatKoreaDateTime(plan.surveyOpensAt, i18n.language) })
        : t('survey.closed', { date: formatKoreaDateTime(plan.surveyClosesAt, i18n.language) })}
    </p>
  );
}

function Applied({ pilot, plan }: { pilot: PilotView; plan: PilotPlanView }) {
  const { t } = usePilotsTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} tabIndex={-1} className="alert alert--success" role="status" data-testid="pilot-applied" data-pilot-id={pilot.id}>
      <p className="alert__title">{t('apply.applied', { product: pilot.product.nameKo })}</p>
      <p>{t('apply.appliedNext')}</p>
      <p>
        <Link to={`/my/pilots/${pilot.id}`} data-testid="pilot-applied-link">
          {t('apply.viewPilot')}
        </Link>{' '}
        · <Link to={`/pilots/plans/${plan.id}`}>{t('apply.backToSurvey')}</Link>
      </p>
    </div>
  );
}

export default ApplyPilotRoute;
