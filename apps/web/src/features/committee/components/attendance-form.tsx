import { Presence, type SessionView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useOpenSession } from '../api/open-session';

const FIELDS = ['attendance'] as const;
const CHOICES = Object.values(Presence);

/**
 * The chair opens the session on its date: each member in the room, online or absent. Quorum on
 * each item then counts the members present who are not recused from it.
 */
export function AttendanceForm({ session }: { session: SessionView }) {
  const { t } = useTranslation('committee');
  const usual = session.room ? Presence.ROOM : Presence.ONLINE;
  const [presence, setPresence] = useState<Record<string, Presence>>(() => Object.fromEntries(session.members.map((m) => [m.userId, usual])));
  const form = useFormErrors(FIELDS);
  const mutation = useOpenSession();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    form.reset();
    const attendance = session.members.map((m) => ({ memberId: m.userId, presence: presence[m.userId] }));
    mutation.mutate({ sessionId: session.id, attendance }, { onError: (error) => form.fail(error) });
  }

  return (
    <form className="form card attendance-form" noValidate onSubmit={onSubmit} aria-labelledby="attendance-title" data-testid="attendance-form">
      <h2 id="attendance-title">{t('attendance.title')}</h2>
      <p className="field__hint">{t('attendance.lead', { date: session.meetingDate })}</p>
      <ErrorSummary form={form} testId="attendance-error" />
      {session.members.map((member) => (
        <fieldset key={member.userId} className="fieldset fieldset--inline" data-testid={`attendance-${member.userId}`}>
          <legend>{member.isChair ? t('session.chairName', { name: member.name }) : member.name}</legend>
          <div className="choice-list" role="radiogroup" aria-label={t('attendance.presenceOf', { name: member.name })}>
            {/* The chair opening the session is present. */}
            {CHOICES.filter((choice) => !(member.isChair && choice === Presence.ABSENT)).map((choice) => (
              <div key={choice} className="choice">
                <input
                  type="radio"
                  id={`attendance-${member.userId}-${choice}`}
                  name={`attendance-${member.userId}`}
                  value={choice}
                  checked={presence[member.userId] === choice}
                  onChange={() => setPresence((previous) => ({ ...previous, [member.userId]: choice }))}
                  data-testid={`attendance-${member.userId}-${choice}`}
                />
                <label htmlFor={`attendance-${member.userId}-${choice}`}>{t(`attendance.presence.${choice}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      ))}
      {form.errors.attendance?.length ? (
        <div className="field__error" role="alert">
          {form.errors.attendance.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
      <button type="submit" className="button" data-testid="open-session" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('attendance.opening') : t('attendance.open')}
      </button>
    </form>
  );
}
