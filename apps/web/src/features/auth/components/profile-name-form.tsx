import type { UserView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { makeRules, validateFields } from '../../../lib/validation';
import { useUpdateProfile } from '../api/update-profile';

const FIELDS = ['name'] as const;

export function ProfileNameForm({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const [name, setName] = useState(user.name);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors(FIELDS);
  const mutation = useUpdateProfile({ onSuccess: () => setSaved(true) });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setSaved(false);
    if (!form.check(validateFields({ name }, { name: [makeRules(t).required] }))) return;
    mutation.mutate({ name: name.trim() }, { onError: (error) => form.fail(error) });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="profile-name-title" data-testid="profile-name-form">
      <h2 id="profile-name-title">{t('auth.profile.nameFormTitle')}</h2>
      <ErrorSummary form={form} />
      {saved ? <StatusMessage>{t('auth.profile.nameSaved')}</StatusMessage> : null}
      <TextField
        id="profile-name"
        name="name"
        label={t('auth.profile.name')}
        autoComplete="name"
        maxLength={100}
        required
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          form.clearField('name');
        }}
        errors={form.errors.name}
      />
      <button type="submit" className="button" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('auth.profile.saving') : t('auth.profile.saveName')}
      </button>
    </form>
  );
}
