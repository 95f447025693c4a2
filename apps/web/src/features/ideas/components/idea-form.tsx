import { personalDataProblem, type IdeaContent } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/alerts';
import { TextAreaField, TextField } from '../../../components/field';
import { useMessageText } from '../../../lib/messages';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateIdea } from '../api/create-idea';

const FIELDS = ['title', 'problem', 'affected', 'idea', 'whereUsed'] as const;
const EMPTY: IdeaContent = { title: '', problem: '', affected: '', idea: '', whereUsed: '' };

/** A citizen's idea; personal data is caught here by the rule the API applies. */
export function IdeaForm() {
  const { t } = useTranslation('ideas');
  const { word } = useMessageText();
  const create = useCreateIdea();
  const form = useFormErrors(FIELDS);
  const [values, setValues] = useState<IdeaContent>(EMPTY);
  const [sent, setSent] = useState(false);
  const set = (field: keyof IdeaContent) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: event.target.value }));
    form.clearField(field);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const problems = Object.fromEntries(
      FIELDS.flatMap((field) => {
        const problem = personalDataProblem(field, values[field]);
        return problem ? [[field, [word(problem.why)]]] : [];
      }),
    );
    if (!form.check(problems)) return;
    create.mutate(values, {
      onSuccess: () => {
        setSent(true);
        setValues(EMPTY);
      },
      onError: (error) => form.fail(error),
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="idea-form-title" data-testid="idea-form">
      <h2 id="idea-form-title">{t('form.title')}</h2>
      <p className="field__hint">{t('form.hint')}</p>
      {form.alert ? <ErrorAlert title={form.alert.title} messages={form.alert.messages} requestId={form.alert.requestId} /> : null}
      {sent ? <StatusMessage>{t('form.sent')}</StatusMessage> : null}
      <TextField id="idea-title" label={t('form.ideaTitle')} required value={values.title} onChange={set('title')} errors={form.errors.title} />
      <TextAreaField id="idea-problem" label={t('form.problem')} required value={values.problem} onChange={set('problem')} errors={form.errors.problem} />
      <TextAreaField id="idea-affected" label={t('form.affected')} required value={values.affected} onChange={set('affected')} errors={form.errors.affected} />
      <TextAreaField id="idea-idea" label={t('form.idea')} required value={values.idea} onChange={set('idea')} errors={form.errors.idea} />
      <TextAreaField id="idea-where" label={t('form.whereUsed')} required value={values.whereUsed} onChange={set('whereUsed')} errors={form.errors.whereUsed} />
      <button type="submit" disabled={create.isPending}>
        {t('form.submit')}
      </button>
    </form>
  );
}
