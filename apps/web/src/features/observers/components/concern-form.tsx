import { CONCERN_RULES, ConcernKind, fieldProblem } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, TextAreaField } from '../../../components/field';
import { useMessageText } from '../../../lib/messages';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useFileConcern } from '../api/file-concern';

const FIELDS = ['kind', 'body'] as const;
const KINDS = Object.values(ConcernKind);

/** An observer writes a public comment, or files a formal concern the operator must answer in time. */
export function ConcernForm({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation('observers');
  const { word } = useMessageText();
  const [kind, setKind] = useState<ConcernKind>(ConcernKind.CONCERN);
  const [body, setBody] = useState('');
  const [filed, setFiled] = useState(false);
  const form = useFormErrors(FIELDS);
  const mutation = useFileConcern();
  const id = `concern-${decisionId}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    setFiled(false);
    const problem = fieldProblem(CONCERN_RULES.body, body);
    if (!form.check(problem ? { body: [word(problem)] } : {})) return;
    mutation.mutate(
      { decisionId, kind, body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          setFiled(true);
        },
        onError: (error) => form.fail(error),
      },
    );
  }

  return (
    <form className="form concern-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} data-testid={`concern-form-${decisionId}`}>
      <h4 id={`${id}-title`}>{t('form.title')}</h4>
      <p className="field__hint">{t('form.lead')}</p>
      <ErrorSummary form={form} testId={`${id}-error`} />
      {filed ? <StatusMessage testId={`${id}-filed`}>{t('form.filed')}</StatusMessage> : null}
      <SelectField id={`${id}-kind`} label={t('form.kind')} required value={kind} onChange={(e) => setKind(e.target.value as ConcernKind)} errors={form.errors.kind} data-testid={`${id}-kind`}>
        {KINDS.map((choice) => (
          <option key={choice} value={choice}>
            {t(`concerns.kind${choice}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={`${id}-body`}
        label={t('form.body')}
        hint={t('form.bodyHint')}
        required
        rows={4}
        maxLength={CONCERN_RULES.body.max}
        value={body}
        onChange={(e) => {
          setBody(e.target.value);
          form.clearField('body');
        }}
        errors={form.errors.body}
        data-testid={`${id}-body`}
      />
      <button type="submit" className="button" aria-disabled={mutation.isPending || undefined} data-testid={`${id}-submit`}>
        {t('form.submit')}
      </button>
    </form>
  );
}
