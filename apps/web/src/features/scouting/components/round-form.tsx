import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/alerts';
import { TextAreaField, TextField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { makeRules, validateFields } from '../../../lib/validation';
import { useCreateScoutingRound } from '../api/create-scouting-round';

const FIELDS = ['title', 'description', 'nominationsPerScout'] as const;

/** The operator opens a scouting round; the share per scout defaults to the rule settings. */
export function RoundForm() {
  const { t } = useTranslation('scouting');
  const { t: tc } = useTranslation();
  const [values, setValues] = useState({ title: '', description: '', nominationsPerScout: '' });
  const form = useFormErrors(FIELDS);
  const mutation = useCreateScoutingRound();
  const rules = makeRules(tc);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const errors = validateFields(values, { title: [rules.required, rules.minLength(2)], description: [rules.required, rules.minLength(5)], nominationsPerScout: [] });
    if (values.nominationsPerScout && !/^\d+$/.test(values.nominationsPerScout)) errors.nominationsPerScout = [t('allocate.whole')];
    if (!form.check(errors)) return;
    mutation.mutate(
      { title: values.title, description: values.description, ...(values.nominationsPerScout ? { nominationsPerScout: Number(values.nominationsPerScout) } : {}) },
      { onSuccess: () => setValues({ title: '', description: '', nominationsPerScout: '' }), onError: (error) => form.fail(error) },
    );
  }

  const change = (name: (typeof FIELDS)[number]) => (e: { target: { value: string } }) => {
    setValues((previous) => ({ ...previous, [name]: e.target.value }));
    form.clearField(name);
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="round-form-title" data-testid="round-form">
      <h2 id="round-form-title">{t('operator.roundFormTitle')}</h2>
      {form.alert ? <ErrorAlert {...form.alert} /> : null}
      {mutation.isSuccess ? <StatusMessage>{t('operator.saved')}</StatusMessage> : null}
      <TextField id="round-title" label={t('operator.roundTitle')} required value={values.title} onChange={change('title')} errors={form.errors.title} data-testid="round-title" />
      <TextAreaField id="round-description" label={t('operator.roundDescription')} required rows={3} value={values.description} onChange={change('description')} errors={form.errors.description} data-testid="round-description" />
      <TextField
        id="round-nominationsPerScout"
        type="number"
        inputMode="numeric"
        min={1}
        label={t('columns.perScout')}
        hint={t('operator.perScoutHint')}
        value={values.nominationsPerScout}
        onChange={change('nominationsPerScout')}
        errors={form.errors.nominationsPerScout}
      />
      <button type="submit" className="button" data-testid="round-submit" aria-disabled={mutation.isPending || undefined}>
        {t('operator.openRound')}
      </button>
    </form>
  );
}
