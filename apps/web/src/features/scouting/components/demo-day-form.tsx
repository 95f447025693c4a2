import type { ScoutingRoundView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/alerts';
import { SelectField, TextField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { makeRules, validateFields } from '../../../lib/validation';
import { useCreateDemoDay } from '../api/create-demo-day';

const FIELDS = ['roundId', 'title', 'heldOn', 'place', 'budget', 'recommendedCount'] as const;
type Values = Record<(typeof FIELDS)[number], string>;
const EMPTY: Values = { roundId: '', title: '', heldOn: '', place: '', budget: '', recommendedCount: '' };

/** The operator plans a demo day in a round; budget and number recommended default to the rule settings. */
export function DemoDayForm({ rounds }: { rounds: ScoutingRoundView[] }) {
  const { t } = useTranslation('scouting');
  const { t: tc } = useTranslation();
  const [values, setValues] = useState<Values>({ ...EMPTY, roundId: rounds[0]?.id ?? '' });
  const form = useFormErrors(FIELDS);
  const mutation = useCreateDemoDay();
  const rules = makeRules(tc);
  const wholeOrEmpty = (value: string) => (!value || /^\d+$/.test(value) ? null : t('allocate.whole'));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const errors = validateFields(values, {
      roundId: [rules.required],
      title: [rules.required, rules.minLength(2)],
      heldOn: [rules.required, rules.date],
      place: [rules.required, rules.minLength(2)],
      budget: [wholeOrEmpty],
      recommendedCount: [wholeOrEmpty],
    });
    if (!form.check(errors)) return;
    mutation.mutate(
      {
        roundId: values.roundId,
        title: values.title,
        heldOn: values.heldOn,
        place: values.place,
        ...(values.budget ? { budget: Number(values.budget) } : {}),
        ...(values.recommendedCount ? { recommendedCount: Number(values.recommendedCount) } : {}),
      },
      { onSuccess: () => setValues({ ...EMPTY, roundId: values.roundId }), onError: (error) => form.fail(error) },
    );
  }

  const field = (name: (typeof FIELDS)[number], label: string, required = true) => ({
    id: `demo-day-${name}`,
    label,
    required,
    value: values[name],
    errors: form.errors[name],
    'data-testid': `demo-day-${name}`,
    onChange: (e: { target: { value: string } }) => {
      setValues((previous) => ({ ...previous, [name]: e.target.value }));
      form.clearField(name);
    },
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="demo-day-form-title" data-testid="demo-day-form">
      <h2 id="demo-day-form-title">{t('operator.dayFormTitle')}</h2>
      {form.alert ? <ErrorAlert {...form.alert} /> : null}
      {mutation.isSuccess ? <StatusMessage>{t('operator.saved')}</StatusMessage> : null}
      <SelectField {...field('roundId', t('nominate.round'))}>
        <option value="">{t('nominate.chooseRound')}</option>
        {rounds.map((round) => (
          <option key={round.id} value={round.id}>
            {round.title}
          </option>
        ))}
      </SelectField>
      <TextField {...field('title', t('operator.dayTitle'))} />
      <TextField {...field('heldOn', t('operator.heldOn'))} type="date" />
      <TextField {...field('place', t('operator.place'))} />
      <TextField {...field('budget', t('operator.budget'), false)} type="number" inputMode="numeric" min={0} hint={t('operator.perScoutHint')} />
      <TextField {...field('recommendedCount', t('operator.recommendedCount'), false)} type="number" inputMode="numeric" min={1} hint={t('operator.perScoutHint')} />
      <button type="submit" className="button" data-testid="demo-day-submit" aria-disabled={mutation.isPending || undefined}>
        {t('operator.createDay')}
      </button>
    </form>
  );
}
