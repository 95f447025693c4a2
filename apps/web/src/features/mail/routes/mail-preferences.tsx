import { LANGUAGES, MAIL_KINDS, type Language, type MailKind, type MailPreferencesView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useMailPreferences } from '../api/get-mail-preferences';
import { useUpdateMailPreferences } from '../api/update-mail-preferences';

const FIELDS = ['language', 'mutedKinds'] as const;

function PreferencesForm({ saved: current }: { saved: MailPreferencesView }) {
  const { t } = useTranslation('mail');
  const [language, setLanguage] = useState<Language>(current.language);
  const [muted, setMuted] = useState<ReadonlySet<MailKind>>(new Set(current.mutedKinds));
  const [done, setDone] = useState(false);
  const form = useFormErrors(FIELDS);
  const mutation = useUpdateMailPreferences({ onSuccess: () => setDone(true) });

  function toggle(kind: MailKind) {
    const next = new Set(muted);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setMuted(next);
    setDone(false);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setDone(false);
    mutation.mutate({ language, mutedKinds: MAIL_KINDS.filter((kind) => muted.has(kind)) }, { onError: (error) => form.fail(error) });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} data-testid="mail-preferences-form">
      <ErrorSummary form={form} />
      {done ? <StatusMessage>{t('preferences.saved')}</StatusMessage> : null}
      <SelectField
        id="mail-language"
        label={t('preferences.language')}
        hint={t('preferences.languageHint')}
        value={language}
        errors={form.errors.language}
        onChange={(e) => {
          setLanguage(e.target.value as Language);
          setDone(false);
        }}
      >
        {LANGUAGES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`languages.${choice}`)}
          </option>
        ))}
      </SelectField>
      <fieldset className="field">
        <legend>{t('preferences.kinds')}</legend>
        <p className="field__hint">{t('preferences.kindsHint')}</p>
        <div className="choice-list">
          {MAIL_KINDS.map((kind) => (
            <div className="choice" key={kind}>
              <input id={`mail-kind-${kind}`} type="checkbox" checked={!muted.has(kind)} onChange={() => toggle(kind)} data-testid={`mail-kind-${kind}`} />
              <label htmlFor={`mail-kind-${kind}`}>{t(`kinds.${kind}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('preferences.saving') : t('preferences.save')}
      </button>
    </form>
  );
}

/** Which notifications also come by e-mail, and in which language. */
export default function MailPreferencesRoute() {
  const { t } = useTranslation('mail');
  const preferences = useMailPreferences();
  return (
    <section className="page page--narrow">
      <h1>{t('preferences.title')}</h1>
      <p className="page__lead">{t('preferences.intro')}</p>
      {preferences.isPending ? <Loading /> : null}
      {preferences.isError ? <QueryError error={preferences.error} onRetry={() => void preferences.refetch()} /> : null}
      {preferences.data ? <PreferencesForm saved={preferences.data} /> : null}
    </section>
  );
}
