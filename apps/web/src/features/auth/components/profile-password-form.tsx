import { PASSWORD_MIN_LENGTH } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { passwordRule } from '../../../lib/password-rule';
import { makeRules, validateFields } from '../../../lib/validation';
import { useUpdateProfile } from '../api/update-profile';

/** API field names; `confirmPassword` is checked here only. */
const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** `email` is the account's: a new password must not contain its name part. */
export function ProfilePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors(FIELDS);
  const mutation = useUpdateProfile({
    onSuccess: () => {
      setSaved(true);
      setValues(EMPTY);
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setSaved(false);
    const rules = makeRules(t);
    const matches = (value: string) => (value === values.newPassword ? null : t('validation.passwordMismatch'));
    const found = validateFields(values, {
      currentPassword: [rules.required],
      newPassword: [passwordRule(t, email)],
      confirmPassword: [rules.required, matches],
    });
    if (!form.check(found)) return;
    mutation.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      { onError: (error) => form.fail(error) },
    );
  }

  const field = (name: Field, label: string, autoComplete: string, hint?: string) => (
    <TextField
      id={`profile-${name}`}
      name={name}
      type="password"
      label={label}
      hint={hint}
      autoComplete={autoComplete}
      required
      value={values[name]}
      onChange={(e) => {
        const value = e.target.value;
        setValues((previous) => ({ ...previous, [name]: value }));
        form.clearField(name);
      }}
      errors={form.errors[name]}
    />
  );

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="profile-password-title" data-testid="profile-password-form">
      <h2 id="profile-password-title">{t('auth.profile.passwordFormTitle')}</h2>
      <ErrorSummary form={form} />
      {saved ? <StatusMessage>{t('auth.profile.passwordChanged')}</StatusMessage> : null}
      {field('currentPassword', t('auth.profile.currentPassword'), 'current-password')}
      {field('newPassword', t('auth.profile.newPassword'), 'new-password', t('auth.signUp.passwordHint', { min: PASSWORD_MIN_LENGTH }))}
      {field('confirmPassword', t('auth.profile.confirmPassword'), 'new-password')}
      <button type="submit" className="button" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('auth.profile.saving') : t('auth.profile.changePassword')}
      </button>
    </form>
  );
}
