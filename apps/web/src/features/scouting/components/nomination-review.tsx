import { DemoDayStatus, NominationAction, type DemoDayView, type NominationView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/alerts';
import { SelectField, TextField } from '../../../components/field';
import { usePreScreenNomination } from '../api/pre-screen-nomination';
import { useScheduleNomination } from '../api/schedule-nomination';

/** The operator's moves on one nomination, as `nominationMachine` offers them: pre-screen with a note, or schedule. */
export function NominationReview({ nomination, demoDays }: { nomination: NominationView; demoDays: DemoDayView[] }) {
  const { t } = useTranslation('scouting');
  const [note, setNote] = useState('');
  const planned = demoDays.filter((d) => d.roundId === nomination.roundId && d.status === DemoDayStatus.PLANNED);
  const [demoDayId, setDemoDayId] = useState('');
  const preScreen = usePreScreenNomination();
  const schedule = useScheduleNomination();
  const actions = nomination.availableActions;
  const id = nomination.id;

  if (actions.includes(NominationAction.PASS_PRE_SCREENING)) {
    return (
      <div className="stack">
        {preScreen.isError ? <QueryError error={preScreen.error} /> : null}
        <TextField id={`note-${id}`} label={t('operator.note')} value={note} onChange={(e) => setNote(e.target.value)} data-testid="pre-screen-note" />
        <div className="button-row">
          {[NominationAction.PASS_PRE_SCREENING, NominationAction.FAIL_PRE_SCREENING].map((action) => (
            <button
              key={action}
              type="button"
              className={action === NominationAction.PASS_PRE_SCREENING ? 'button' : 'button button--secondary'}
              data-testid={action}
              aria-disabled={preScreen.isPending || undefined}
              onClick={() => !preScreen.isPending && preScreen.mutate({ id, action: action as typeof NominationAction.PASS_PRE_SCREENING, note })}
            >
              {action === NominationAction.PASS_PRE_SCREENING ? t('operator.pass') : t('operator.fail')}
            </button>
          ))}
        </div>
      </div>
    );
  }
  if (actions.includes(NominationAction.SCHEDULE)) {
    if (planned.length === 0) return <p className="muted">{t('operator.noPlannedDay')}</p>;
    return (
      <div className="stack">
        {schedule.isError ? <QueryError error={schedule.error} /> : null}
        <SelectField id={`schedule-${id}`} label={t('operator.chooseDay')} value={demoDayId} onChange={(e) => setDemoDayId(e.target.value)} data-testid="schedule-day">
          <option value="">{t('operator.chooseDay')}</option>
          {planned.map((day) => (
            <option key={day.id} value={day.id}>
              {day.title}
            </option>
          ))}
        </SelectField>
        <button
          type="button"
          className="button"
          data-testid="schedule-submit"
          aria-disabled={schedule.isPending || !demoDayId || undefined}
          onClick={() => demoDayId && !schedule.isPending && schedule.mutate({ id, demoDayId })}
        >
          {t('operator.schedule')}
        </button>
      </div>
    );
  }
  return null;
}
