import { Role, UserStatus, type SessionInput, type SessionView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../../../api/get-users';
import { Loading, QueryError } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { CheckboxGroupField, SelectField, TextField } from '../../../components/field';
import { KoreaTimeWindowFields } from '../../../components/korea-time-window';
import { koreaLocalToIso, koreaWindowProblems } from '../../../lib/korea-time';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { FieldErrors } from '../../../lib/validation';
import { useCreateSession } from '../api/create-session';
import { useRooms } from '../api/get-rooms';

const FIELDS = ['title', 'startsAt', 'endsAt', 'roomId', 'onlineUrl', 'memberIds', 'chairId'] as const;
type Place = 'room' | 'online';

interface Values {
  title: string;
  startsAt: string;
  endsAt: string;
  place: Place;
  roomId: string;
  onlineUrl: string;
  memberIds: string[];
  chairId: string;
}

const EMPTY: Values = { title: '', startsAt: '', endsAt: '', place: 'room', roomId: '', onlineUrl: '', memberIds: [], chairId: '' };

/** Convenes a session: when (Korea time), a room or an online link, the members (active committee users) and the chair. */
export function SessionForm({ onCreated }: { onCreated: (session: SessionView) => void }) {
  const { t } = useTranslation('committee');
  const [values, setValues] = useState<Values>(EMPTY);
  const form = useFormErrors(FIELDS);
  const rooms = useRooms();
  const members = useUsers({ role: Role.COMMITTEE, status: UserStatus.ACTIVE, page: 1, pageSize: 100 });
  const mutation = useCreateSession();
  const chosen = (members.data?.items ?? []).filter((user) => values.memberIds.includes(user.id));

  const set = <K extends keyof Values>(field: K, value: Values[K], touched: string[] = [field]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    touched.forEach(form.clearField);
  };

  const chooseMembers = (memberIds: string[]) => {
    setValues((previous) => ({ ...previous, memberIds, chairId: memberIds.includes(previous.chairId) ? previous.chairId : '' }));
    form.clearField('memberIds');
  };

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (values.title.trim().length < 2) errors.title = [t('form.errors.title')];
    const times = koreaWindowProblems(values.startsAt, values.endsAt);
    if (times.start) errors.startsAt = [t('form.errors.dateTime')];
    if (times.end) errors.endsAt = [t(times.end === 'dateTime' ? 'form.errors.dateTime' : 'form.errors.endsBeforeStarts')];
    if (values.place === 'room' && !values.roomId) errors.roomId = [t('form.errors.room')];
    if (values.place === 'online' && !/^https:\/\/\S+$/.test(values.onlineUrl.trim())) errors.onlineUrl = [t('form.errors.onlineUrl')];
    if (values.memberIds.length === 0) errors.memberIds = [t('form.errors.members')];
    if (!values.chairId) errors.chairId = [t('form.errors.chair')];
    return errors;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!form.check(validate())) return;
    const body: SessionInput = {
      title: values.title.trim(),
      startsAt: koreaLocalToIso(values.startsAt)!,
      endsAt: koreaLocalToIso(values.endsAt)!,
      memberIds: values.memberIds,
      chairId: values.chairId,
      ...(values.place === 'room' ? { roomId: values.roomId } : { onlineUrl: values.onlineUrl.trim() }),
    };
    mutation.mutate(body, { onSuccess: onCreated, onError: (error) => form.fail(error) });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="session-form-title" data-testid="session-form">
      <h2 id="session-form-title">{t('form.title')}</h2>
      <ErrorSummary form={form} />
      <TextField id="session-title" label={t('form.name')} required maxLength={200} value={values.title} onChange={(e) => set('title', e.target.value)} errors={form.errors.title} />
      <KoreaTimeWindowFields
        legend={t('form.when')}
        hint={t('form.koreaTimeHint')}
        start={{ id: 'session-startsAt', label: t('form.startsAt'), value: values.startsAt, onChange: (value) => set('startsAt', value), errors: form.errors.startsAt }}
        end={{ id: 'session-endsAt', label: t('form.endsAt'), value: values.endsAt, onChange: (value) => set('endsAt', value), errors: form.errors.endsAt }}
      />
      <fieldset className="fieldset">
        <legend>{t('form.place')}</legend>
        <div className="choice-list" role="radiogroup" aria-label={t('form.placeKind')}>
          {(['room', 'online'] as const).map((place) => (
            <div key={place} className="choice">
              <input
                type="radio"
                id={`session-place-${place}`}
                name="session-place"
                value={place}
                checked={values.place === place}
                onChange={() => set('place', place, ['roomId', 'onlineUrl'])}
              />
              <label htmlFor={`session-place-${place}`}>{t(`form.placeKinds.${place}`)}</label>
            </div>
          ))}
        </div>
        {values.place === 'room' ? (
          <SelectField
            id="session-roomId"
            label={t('form.room')}
            hint={t('form.roomHint')}
            required
            value={values.roomId}
            aria-busy={rooms.isPending || undefined}
            onChange={(e) => set('roomId', e.target.value)}
            errors={form.errors.roomId ?? (rooms.isError ? [t('form.roomsFailed')] : undefined)}
          >
            <option value="">{t('form.roomPlaceholder')}</option>
            {rooms.data?.map((room) => (
              <option key={room.id} value={room.id}>
                {t(room.hasVideo ? 'form.roomOptionVideo' : 'form.roomOption', { name: room.name, capacity: room.capacity })}
              </option>
            ))}
          </SelectField>
        ) : (
          <TextField
            id="session-onlineUrl"
            type="url"
            label={t('form.onlineUrl')}
            hint={t('form.onlineUrlHint')}
            required
            maxLength={500}
            value={values.onlineUrl}
            onChange={(e) => set('onlineUrl', e.target.value)}
            errors={form.errors.onlineUrl}
          />
        )}
      </fieldset>
      <CheckboxGroupField
        id="session-members"
        legend={t('form.members')}
        hint={t('form.membersHint', { count: values.memberIds.length })}
        required
        options={(members.data?.items ?? []).map((user) => ({
          value: user.id,
          label: (
            <>
              {user.name} <span className="muted">({user.email})</span>
            </>
          ),
        }))}
        value={values.memberIds}
        onChange={chooseMembers}
        errors={form.errors.memberIds}
        testId="session-members"
      >
        {members.isPending ? <Loading /> : null}
        {members.isError ? <QueryError error={members.error} onRetry={() => void members.refetch()} /> : null}
        {members.data?.items.length === 0 ? <p className="muted">{t('form.noMembers')}</p> : null}
      </CheckboxGroupField>
      <SelectField
        id="session-chairId"
        label={t('form.chair')}
        hint={t('form.chairHint')}
        required
        value={values.chairId}
        onChange={(e) => set('chairId', e.target.value)}
        errors={form.errors.chairId}
      >
        <option value="">{chosen.length ? t('form.chairPlaceholder') : t('form.chairPickMembers')}</option>
        {chosen.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button" data-testid="session-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('form.submitting') : t('form.submit')}
      </button>
    </form>
  );
}
