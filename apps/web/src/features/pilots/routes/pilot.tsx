import { PilotAction, PilotStatus, resultReportOpen, Role, type PilotView } from '@inno/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading, LoadFailure, StatusMessage } from '../../../components/alerts';
import { formatDay, todayIso } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { usePilot } from '../api/get-pilot';
import { CheckInForm } from '../components/check-in-form';
import { CheckInsList } from '../components/check-ins-list';
import { PilotActions } from '../components/pilot-actions';
import { PilotFacts } from '../components/pilot-facts';
import { PilotNextStep } from '../components/pilot-next-step';
import { PilotStatusBadge } from '../components/pilot-status-badge';
import { usePilotsTranslation } from '../components/pilots-i18n';
import { ResultReportForm } from '../components/result-report-form';
import { ResultReportView } from '../components/result-report-view';

/** `/my/pilots/:id` (BUYER, SUPPLIER, OPERATOR): one pilot, its moves, the result report and the usage check-ins. */
export function PilotRoute() {
  const { id = '' } = useParams();
  const { t } = usePilotsTranslation();
  const pilot = usePilot(id);
  const role = useSession().user?.role;
  const back = role === Role.OPERATOR && pilot.data ? `/operator/pilot-plans/${pilot.data.planId}` : '/my/pilots';

  return (
    <section className="page page--form" aria-labelledby="pilot-title">
      <p className="breadcrumb-back">
        <Link to={back}>{role === Role.OPERATOR ? t('detail.backToPlan') : t('detail.backToList')}</Link>
      </p>
      {pilot.isPending ? <Loading /> : null}
      {pilot.isError ? (
        <LoadFailure
          query={pilot}
          notFound={
            <>
              <h1 id="pilot-title">{t('detail.notFoundTitle')}</h1>
              <p data-testid="pilot-not-found">{t('detail.notFoundBody')}</p>
            </>
          }
        />
      ) : null}
      {pilot.data ? <PilotPage pilot={pilot.data} role={role} /> : null}
    </section>
  );
}

type Notice = { testId: string; text: string };

function PilotPage({ pilot, role }: { pilot: PilotView; role: Role | undefined }) {
  const { t, i18n } = usePilotsTranslation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const canReport = role === Role.BUYER && pilot.status === PilotStatus.IN_USE && pilot.availableActions.includes(PilotAction.REPORT);
  const canCheckIn = role === Role.BUYER && pilot.checkInsDue.length > 0;

  return (
    <>
      <h1 id="pilot-title">
        <span lang="ko">{pilot.product.nameKo}</span>
      </h1>
      <p className="proposal__meta">
        <PilotStatusBadge status={pilot.status} testId="pilot-status" /> · {pilot.institution.name} · {pilot.product.companyName} ·{' '}
        <Link to={`/pilots/plans/${pilot.planId}`}>{t('detail.viewPlan')}</Link> · <Link to={`/products/${pilot.product.id}`}>{t('detail.viewProduct')}</Link>
      </p>
      {notice ? <StatusMessage testId={notice.testId}>{notice.text}</StatusMessage> : null}
      <PilotNextStep pilot={pilot} role={role} testId="pilot-next-step" />

      <section className="card" aria-labelledby="pilot-actions-title">
        <h2 id="pilot-actions-title">{t('actions.title')}</h2>
        <PilotActions
          pilot={pilot}
          describedBy="pilot-title"
          emptyText={canReport ? t('actions.reportBelow') : t('actions.none')}
          onDone={(text) => setNotice({ testId: 'pilot-action-done', text })}
        />
      </section>

      {canReport && resultReportOpen(pilot.useEndsOn, todayIso()) ? (
        <ResultReportForm pilot={pilot} onSaved={() => setNotice({ testId: 'result-saved', text: t('result.saved') })} />
      ) : canReport ? (
        // As the API: the report tells how the whole use period went.
        <p className="alert alert--info" data-testid="result-not-yet">
          {t('result.notYet', { date: pilot.useEndsOn ? formatDay(pilot.useEndsOn, i18n.language) : t('nextStep.noDate') })}
        </p>
      ) : null}

      {canCheckIn ? (
        <CheckInForm
          key={pilot.checkInsDue.join(',')}
          pilot={pilot}
          onSaved={() => setNotice({ testId: 'checkin-saved', text: t('checkIn.saved') })}
        />
      ) : null}

      <section className="card" aria-labelledby="pilot-facts-title">
        <h2 id="pilot-facts-title">{t('detail.factsTitle')}</h2>
        <PilotFacts pilot={pilot} />
      </section>

      {pilot.result ? (
        <section className="card" aria-labelledby="pilot-result-title">
          <h2 id="pilot-result-title">{t('result.viewTitle')}</h2>
          <ResultReportView result={pilot.result} />
        </section>
      ) : null}

      {pilot.useEndsOn && (pilot.checkIns.length > 0 || pilot.result) ? (
        <section className="card" aria-labelledby="pilot-checkins-title">
          <h2 id="pilot-checkins-title">{t('checkIn.listTitle')}</h2>
          <CheckInsList checkIns={pilot.checkIns} />
        </section>
      ) : null}
    </>
  );
}

export default PilotRoute;
