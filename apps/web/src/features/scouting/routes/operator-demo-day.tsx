import { DemoDayAction, DemoDayStatus } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadFailure, Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { formatDay, formatKrw } from '../../../lib/format';
import { useDemoDay } from '../api/get-demo-day';
import { useMoveDemoDay } from '../api/move-demo-day';
import { DemoDayStatusBadge } from '../components/badges';
import { PanelPicker } from '../components/panel-picker';
import { Programme } from '../components/programme';
import { DemoDayResults } from '../components/results-table';

/** `/operator/demo-days/:id` (operator): the panel, opening and the one close; the results after it. */
export function OperatorDemoDayRoute() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('scouting');
  const day = useDemoDay(id);
  const move = useMoveDemoDay();
  if (day.isPending) return <Loading />;
  if (day.isError) return <LoadFailure query={day} notFound={<p>{t('invitation.notFound')}</p>} />;
  const d = day.data;
  return (
    <section className="page" aria-labelledby="op-demo-day-title">
      <p>
        <Link to="/operator/scouting">{t('operator.pageTitle')}</Link>
      </p>
      <h1 id="op-demo-day-title">{d.title}</h1>
      <p>
        {formatDay(d.heldOn, i18n.language)} · {d.place} · <DemoDayStatusBadge status={d.status} testId="demo-day-status" />
      </p>
      <p>{t('day.budget', { amount: formatKrw(d.budget, i18n.language) })}</p>
      <p>{t('day.recommendedCount', { count: d.recommendedCount })}</p>
      {move.isError ? <QueryError error={move.error} /> : null}
      {move.isSuccess ? <StatusMessage>{t('opDay.moved')}</StatusMessage> : null}
      <div className="button-row">
        {d.availableActions.includes(DemoDayAction.OPEN) ? (
          <button type="button" className="button" data-testid="demo-day-open" aria-disabled={move.isPending || undefined} onClick={() => !move.isPending && move.mutate({ id, action: DemoDayAction.OPEN })}>
            {t('opDay.open')}
          </button>
        ) : null}
        {d.availableActions.includes(DemoDayAction.CLOSE) ? (
          <>
            <p className="field__hint">{t('opDay.closeConfirm')}</p>
            <button type="button" className="button" data-testid="demo-day-close" aria-disabled={move.isPending || undefined} onClick={() => !move.isPending && move.mutate({ id, action: DemoDayAction.CLOSE })}>
              {t('opDay.close')}
            </button>
          </>
        ) : null}
      </div>
      {d.status === DemoDayStatus.PLANNED ? (
        <PanelPicker day={d} />
      ) : (
        <section aria-labelledby="op-panel-title">
          <h2 id="op-panel-title">{t('opDay.panel')}</h2>
          <ul data-testid="panel-list">
            {(d.panel ?? []).map((member) => (
              <li key={member.id}>
                {member.name} · {t(`roles.${member.role as 'CITIZEN'}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Programme day={d} />
      {d.status === DemoDayStatus.CLOSED ? <DemoDayResults demoDayId={d.id} /> : <p className="muted">{t('day.hidden')}</p>}
    </section>
  );
}

export default OperatorDemoDayRoute;
