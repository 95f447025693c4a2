import { PilotAction, PilotStatus, type PilotPlanView } from '@inno/contracts';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Loading, LoadFailure, QueryError, StatusMessage } from '../../../components/alerts';
import { ChoiceField } from '../../../components/field';
import { Pagination } from '../../../components/pagination';
import { usePilotPlan } from '../api/get-pilot-plan';
import { usePilots } from '../api/get-pilots';
import { BudgetChart } from '../components/budget-chart';
import { MatchingPanel } from '../components/matching-panel';
import { PilotActions } from '../components/pilot-actions';
import { PlanApplications } from '../components/plan-applications';
import { PlanSummary } from '../components/plan-summary';
import { PublishPanel } from '../components/publish-panel';
import { usePilotsTranslation } from '../components/pilots-i18n';
import { ResultReportView } from '../components/result-report-view';

/** The API serves at most this many a page; a plan's queue is read a page at a time. */
const PAGE_SIZE = 100;
const STATUSES = Object.values(PilotStatus);

function readStatus(value: string | null): PilotStatus | undefined {
  return value && (STATUSES as string[]).includes(value) ? (value as PilotStatus) : undefined;
}

/**
 * `/operator/pilot-plans/:id` (OPERATOR): a plan's budget at a glance, the proposed
 * matching to adjust and apply, the applications by product, publishing the results,
 * the reported results to judge and the corrective actions to record.
 */
export function OperatorPilotPlanRoute() {
  const { id = '' } = useParams();
  const { t } = usePilotsTranslation();
  const plan = usePilotPlan(id);

  if (plan.isPending) return <Loading />;
  if (plan.isError) {
    return (
      <section className="page page--narrow">
        <LoadFailure
          query={plan}
          notFound={
            <div data-testid="plan-not-found">
              <h1>{t('survey.notFoundTitle')}</h1>
              <p>{t('survey.notFoundBody')}</p>
            </div>
          }
        />
        <p>
          <Link to="/operator/pilot-plans">{t('operator.backToPlans')}</Link>
        </p>
      </section>
    );
  }
  return <PlanPage plan={plan.data} />;
}

function PlanPage({ plan }: { plan: PilotPlanView }) {
  const { t } = usePilotsTranslation();
  const [search, setSearch] = useSearchParams();
  const [notice, setNotice] = useState<{ testId: string; text: string } | null>(null);
  const say = (text: string) => setNotice({ testId: 'operator-notice', text });
  const status = readStatus(search.get('status'));
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const applications = usePilots({ planId: plan.id, status, page, pageSize: PAGE_SIZE });
  const applied = usePilots({ planId: plan.id, status: PilotStatus.APPLIED, page: 1, pageSize: PAGE_SIZE });
  const reported = usePilots({ planId: plan.id, status: PilotStatus.RESULT_REPORTED, page: 1, pageSize: PAGE_SIZE });
  const insufficient = usePilots({ planId: plan.id, status: PilotStatus.INSUFFICIENT, page: 1, pageSize: PAGE_SIZE });

  const go = (nextStatus: string | undefined, nextPage: number) => {
    const params = new URLSearchParams();
    if (nextStatus) params.set('status', nextStatus);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearch(params);
  };

  return (
    <article className="page" aria-labelledby="op-plan-title">
      <p className="breadcrumb-back">
        <Link to="/operator/pilot-plans">{t('operator.backToPlans')}</Link>
      </p>
      <h1 id="op-plan-title">{plan.title}</h1>
      {notice ? <StatusMessage testId={notice.testId}>{notice.text}</StatusMessage> : null}

      <section className="card" aria-labelledby="op-plan-budget-title">
        <h2 id="op-plan-budget-title">{t('budget.title')}</h2>
        <BudgetChart budget={plan.budget} used={plan.matchedAmount} />
        <PlanSummary plan={plan} />
      </section>

      {applied.data && applied.data.items.length > 0 ? <MatchingPanel plan={plan} applications={applied.data.items} onApplied={(text) => setNotice({ testId: 'matching-applied', text })} /> : null}
      {applied.isError ? <QueryError error={applied.error} onRetry={() => void applied.refetch()} /> : null}

      <section aria-labelledby="op-plan-applications-title">
        <h2 id="op-plan-applications-title">{t('operator.applicationsTitle')}</h2>
        <div className="filters">
          <ChoiceField
            id="op-plan-status"
            label={t('mine.status')}
            choices={STATUSES}
            value={status}
            labelOf={(value) => t(`status.${value}`)}
            noneLabel={t('mine.allStatuses')}
            onChange={(value) => go(value, 1)}
          />
        </div>
        {applications.isPending ? <Loading /> : null}
        {applications.isError ? <QueryError error={applications.error} onRetry={() => void applications.refetch()} /> : null}
        {applications.data ? (
          <div aria-busy={applications.isFetching || undefined}>
            <PlanApplications applications={applications.data.items} onDone={say} />
            <Pagination
              page={applications.data.page}
              pageSize={applications.data.pageSize}
              total={applications.data.total}
              onChange={(target) => go(status, target)}
            />
          </div>
        ) : null}
      </section>

      <PublishPanel plan={plan} />

      <section className="card" aria-labelledby="op-plan-reported-title" data-testid="reported-results">
        <h2 id="op-plan-reported-title">{t('operator.reportedTitle')}</h2>
        <p className="muted">{t('operator.reportedLead')}</p>
        {reported.isPending ? <Loading /> : null}
        {reported.isError ? <QueryError error={reported.error} onRetry={() => void reported.refetch()} /> : null}
        {reported.data?.items.length === 0 ? <p>{t('operator.reportedEmpty')}</p> : null}
        {reported.data?.items.map((pilot) => {
          const headingId = `reported-${pilot.id}-title`;
          return (
            <article key={pilot.id} className="card" aria-labelledby={headingId} data-testid={`reported-${pilot.id}`}>
              <h3 id={headingId}>{t('operator.pilotHeading', { product: pilot.product.nameKo, institution: pilot.institution.name })}</h3>
              {pilot.result ? <ResultReportView result={pilot.result} testId={`reported-${pilot.id}-result`} /> : null}
              <PilotActions
                pilot={pilot}
                only={[PilotAction.JUDGE_SUCCESS, PilotAction.JUDGE_INSUFFICIENT]}
                describedBy={headingId}
                onDone={say}
              />
            </article>
          );
        })}
      </section>

      <section className="card" aria-labelledby="op-plan-corrective-title" data-testid="corrective-actions">
        <h2 id="op-plan-corrective-title">{t('operator.correctiveTitle')}</h2>
        <p className="muted">{t('operator.correctiveLead')}</p>
        {insufficient.isPending ? <Loading /> : null}
        {insufficient.isError ? <QueryError error={insufficient.error} onRetry={() => void insufficient.refetch()} /> : null}
        {insufficient.data?.items.length === 0 ? <p>{t('operator.correctiveEmpty')}</p> : null}
        {insufficient.data?.items.map((pilot) => {
          const headingId = `corrective-${pilot.id}-title`;
          return (
            <article key={pilot.id} className="card" aria-labelledby={headingId} data-testid={`corrective-${pilot.id}`}>
              <h3 id={headingId}>{t('operator.pilotHeading', { product: pilot.product.nameKo, institution: pilot.institution.name })}</h3>
              {pilot.verdictReason ? <p className="product__description">{t('operator.verdictReason', { reason: pilot.verdictReason })}</p> : null}
              <PilotActions
                pilot={pilot}
                only={[PilotAction.COMPLETE_CORRECTIVE_ACTION, PilotAction.REFUSE_CORRECTIVE_ACTION]}
                describedBy={headingId}
                onDone={say}
              />
            </article>
          );
        })}
      </section>
    </article>
  );
}

export default OperatorPilotPlanRoute;
