import type { ChallengeView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../../components/alerts';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateChallenge, type ChallengeInput } from '../api/create-challenge';
import { useOpenChallengeCalls } from '../api/get-challenge-calls';
import { useUpdateChallenge } from '../api/update-challenge';

const TEXT = ['title', 'need', 'currentMethod', 'expectedEffect', 'field'] as const;
const NUMBERS = ['currentCost', 'budget', 'quantity'] as const;
const FIELDS = ['callId', ...TEXT, ...NUMBERS] as const;

type Values = Record<(typeof FIELDS)[number], string>;

const valuesOf = (challenge?: ChallengeView): Values => ({
  callId: challenge?.call?.id ?? '',
  title: challenge?.title ?? '',
  need: challenge?.need ?? '',
  currentMethod: challenge?.currentMethod ?? '',
  expectedEffect: challenge?.expectedEffect ?? '',
  field: challenge?.field ?? '',
  currentCost: challenge?.currentCost?.toString() ?? '',
  budget: challenge?.budget?.toString() ?? '',
  quantity: challenge?.quantity?.toString() ?? '',
});

/** The problem statement: a new draft, or the edits of one; every field but the title and call may wait until submitting. */
export function ChallengeForm({ challenge, onSaved }: { challenge?: ChallengeView; onSaved?: (saved: ChallengeView) => void }) {
  const { t } = useTranslation('challenges');
  const calls = useOpenChallengeCalls();
  const create = useCreateChallenge();
  const update = useUpdateChallenge();
  const form = useFormErrors(FIELDS);
  const [values, setValues] = useState<Values>(() => valuesOf(challenge));
  const [saved, setSaved] = useState(false);
  const pending = create.isPending || update.isPending;
  const set = (field: keyof Values) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: event.target.value }));
    form.clearField(field);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body: ChallengeInput = { callId: values.callId, title: values.title };
    for (const field of TEXT) if (values[field]) Object.assign(body, { [field]: values[field] });
    for (const field of NUMBERS) if (values[field]) Object.assign(body, { [field]: Number(values[field]) });
    const done = {
      onSuccess: (result: ChallengeView) => {
        setSaved(true);
        onSaved?.(result);
      },
      onError: (error: unknown) => form.fail(error),
    };
    if (challenge) update.mutate({ id: challenge.id, ...body }, done);
    else create.mutate(body, done);
  };

  if (calls.isPending) return <Loading />;
  const open = calls.data?.items ?? [];
  if (!challenge && open.length === 0) return <p data-testid="no-challenge-call">{t('mine.noOpenCall')}</p>;
  return (
    <form onSubmit={submit} noValidate data-testid="challenge-form">
      {form.alert ? <ErrorAlert title={form.alert.title} messages={form.alert.messages} requestId={form.alert.requestId} /> : null}
      {saved ? <StatusMessage>{t('mine.saved')}</StatusMessage> : null}
      <SelectField id="challenge-call" label={t('field.callId')} required value={values.callId} onChange={set('callId')} errors={form.errors.callId}>
        <option value="">—</option>
        {open.map((call) => (
          <option key={call.id} value={call.id}>
            {call.title}
          </option>
        ))}
        {challenge?.call && !open.some((c) => c.id === challenge.call?.id) ? <option value={challenge.call.id}>{challenge.call.title}</option> : null}
      </SelectField>
      <TextField id="challenge-title-input" label={t('field.title')} required value={values.title} onChange={set('title')} errors={form.errors.title} />
      <TextAreaField id="challenge-need" label={t('field.need')} value={values.need} onChange={set('need')} errors={form.errors.need} />
      <TextAreaField id="challenge-current" label={t('field.currentMethod')} value={values.currentMethod} onChange={set('currentMethod')} errors={form.errors.currentMethod} />
      <TextField id="challenge-current-cost" type="number" inputMode="numeric" label={t('field.currentCost')} value={values.currentCost} onChange={set('currentCost')} errors={form.errors.currentCost} />
      <TextAreaField id="challenge-effect" label={t('field.expectedEffect')} value={values.expectedEffect} onChange={set('expectedEffect')} errors={form.errors.expectedEffect} />
      <TextField id="challenge-budget" type="number" inputMode="numeric" label={t('field.budget')} value={values.budget} onChange={set('budget')} errors={form.errors.budget} />
      <TextField id="challenge-quantity" type="number" inputMode="numeric" label={t('field.quantity')} value={values.quantity} onChange={set('quantity')} errors={form.errors.quantity} />
      <TextField id="challenge-field" label={t('field.field')} value={values.field} onChange={set('field')} errors={form.errors.field} />
      <button type="submit" disabled={pending}>
        {t('mine.save')}
      </button>
    </form>
  );
}
