import { PANEL_ROLES, type DemoDayView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { usePanelCandidates } from '../api/get-panel-candidates';
import { useSetDemoDayPanel } from '../api/set-demo-day-panel';

function RoleCandidates({ role, chosen, onToggle }: { role: (typeof PANEL_ROLES)[number]; chosen: Set<string>; onToggle: (id: string) => void }) {
  const { t } = useTranslation('scouting');
  const candidates = usePanelCandidates(role);
  return (
    <fieldset className="fieldset" data-testid={`panel-${role}`}>
      <legend>{t(`roles.${role}`)}</legend>
      {candidates.isPending ? <Loading /> : null}
      {candidates.isError ? <QueryError error={candidates.error} /> : null}
      {candidates.data?.items.length === 0 ? <p>{t('opDay.noCandidates')}</p> : null}
      {candidates.data?.items.map((user) => (
        <div key={user.id} className="checkbox">
          <input id={`panel-${user.id}`} type="checkbox" checked={chosen.has(user.id)} onChange={() => onToggle(user.id)} data-testid={`panel-member-${user.email}`} />
          <label htmlFor={`panel-${user.id}`}>
            {user.name} ({user.email})
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** The operator seats the panel among active citizens, scouts and committee members, while the day is planned. */
export function PanelPicker({ day }: { day: DemoDayView }) {
  const { t } = useTranslation('scouting');
  const [chosen, setChosen] = useState(() => new Set((day.panel ?? []).map((m) => m.id)));
  const mutation = useSetDemoDayPanel();
  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!mutation.isPending) mutation.mutate({ id: day.id, userIds: [...chosen] });
  }
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="panel-title" data-testid="panel-form">
      <h2 id="panel-title">{t('opDay.panel')}</h2>
      <p className="field__hint">{t('opDay.panelLead')}</p>
      {mutation.isError ? <QueryError error={mutation.error} /> : null}
      {mutation.isSuccess ? <StatusMessage testId="panel-saved">{t('opDay.panelSaved')}</StatusMessage> : null}
      {PANEL_ROLES.map((role) => (
        <RoleCandidates key={role} role={role} chosen={chosen} onToggle={toggle} />
      ))}
      <button type="submit" className="button" data-testid="panel-submit" aria-disabled={mutation.isPending || undefined}>
        {t('opDay.savePanel')}
      </button>
    </form>
  );
}
