import type { NominationInput, ScoutingRoundView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/alerts';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { makeRules, validateFields } from '../../../lib/validation';
import { useCreateNomination } from '../api/create-nomination';
import { InvitationLink } from './invitation-link';

const FIELDS = ['roundId', 'companyName', 'businessNumber', 'contactName', 'contactEmail', 'productName', 'productDescription', 'reason'] as const;
type Values = Record<(typeof FIELDS)[number], string>;
const EMPTY: Values = { roundId: '', companyName: '', businessNumber: '', contactName: '', contactEmail: '', productName: '', productDescription: '', reason: '' };

/** A scout's nomination in an open round; the invitation link comes back once, to pass on to the company. */
export function NominationForm({ rounds, initialRoundId }: { rounds: ScoutingRoundView[]; initialRoundId?: string }) {
  const { t } = useTranslation('scouting');
  const { t: tc } = useTranslation();
  const open = rounds.filter((round) => round.status === 'OPEN');
  const [values, setValues] = useState<Values>({ ...EMPTY, roundId: open.some((r) => r.id === initialRoundId) ? initialRoundId! : (open[0]?.id ?? '') });
  const [invitation, setInvitation] = useState<string | null>(null);
  const form = useFormErrors(FIELDS);
  const mutation = useCreateNomination();
  const rules = makeRules(tc);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setInvitation(null);
    const errors = validateFields(values, {
      roundId: [rules.required],
      companyName: [rules.required],
      businessNumber: [rules.required, rules.businessNumber],
      contactName: [rules.required],
      contactEmail: [rules.required, rules.email],
      productName: [rules.required],
      productDescription: [rules.required, rules.minLength(10)],
      reason: [rules.required, rules.minLength(10)],
    });
    if (!form.check(errors)) return;
    mutation.mutate(values satisfies NominationInput, {
      onSuccess: (created) => {
        setInvitation(created.invitationUrl ?? null);
        setValues({ ...EMPTY, roundId: values.roundId });
      },
      onError: (error) => form.fail(error),
    });
  }

  const field = (name: (typeof FIELDS)[number]) => ({
    id: `nomination-${name}`,
    label: t(`nominate.${name === 'roundId' ? 'round' : name}`),
    required: true,
    value: values[name],
    errors: form.errors[name],
    'data-testid': `nomination-${name}`,
    onChange: (e: { target: { value: string } }) => {
      setValues((previous) => ({ ...previous, [name]: e.target.value }));
      form.clearField(name);
    },
  });

  if (open.length === 0) return <p data-testid="no-open-round">{t('nominate.noOpenRound')}</p>;
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="nomination-form-title" data-testid="nomination-form">
      <h2 id="nomination-form-title">{t('nominate.formTitle')}</h2>
      {invitation ? <InvitationLink path={invitation} message={t('nominate.created')} /> : null}
      {form.alert ? <ErrorAlert {...form.alert} /> : null}
      <SelectField {...field('roundId')}>
        <option value="">{t('nominate.chooseRound')}</option>
        {open.map((round) => (
          <option key={round.id} value={round.id}>
            {round.title}
          </option>
        ))}
      </SelectField>
      <TextField {...field('companyName')} autoComplete="organization" />
      <TextField {...field('businessNumber')} hint={t('nominate.businessNumberHint')} inputMode="numeric" />
      <TextField {...field('contactName')} />
      <TextField {...field('contactEmail')} type="email" />
      <TextField {...field('productName')} />
      <TextAreaField {...field('productDescription')} rows={4} />
      <TextAreaField {...field('reason')} rows={4} />
      <button type="submit" className="button" data-testid="nomination-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('nominate.submitting') : t('nominate.submit')}
      </button>
    </form>
  );
}
