import { CONCERN_RULES, fieldProblem, type ConcernView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/field';
import { useMessageText } from '../../../lib/messages';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAnswerConcern } from '../api/answer-concern';

const FIELDS = ['answer'] as const;

/** The operator's public answer to an observer's comment or concern (once). */
export function AnswerForm({ concern }: { concern: ConcernView }) {
  const { t } = useTranslation('observers');
  const { word } = useMessageText();
  const [answer, setAnswer] = useState('');
  const form = useFormErrors(FIELDS);
  const mutation = useAnswerConcern();
  const id = `answer-${concern.id}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    const problem = fieldProblem(CONCERN_RULES.answer, answer);
    if (!form.check(problem ? { answer: [word(problem)] } : {})) return;
    mutation.mutate({ concernId: concern.id, answer: answer.trim() }, { onError: (error) => form.fail(error) });
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid={id}>
      <ErrorSummary form={form} testId={`${id}-error`} />
      <TextAreaField
        id={`${id}-text`}
        label={t('answer.label')}
        hint={t('answer.hint')}
        required
        rows={3}
        maxLength={CONCERN_RULES.answer.max}
        value={answer}
        onChange={(e) => {
          setAnswer(e.target.value);
          form.clearField('answer');
        }}
        errors={form.errors.answer}
        data-testid={`${id}-text`}
      />
      <button type="submit" className="button" aria-disabled={mutation.isPending || undefined} data-testid={`${id}-submit`}>
        {t('answer.submit')}
      </button>
    </form>
  );
}
