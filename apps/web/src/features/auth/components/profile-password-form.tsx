import { PASSWORD_MIN_LENGTH } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/field';
import { passwordRule } from '../../../lib/password-rule';
import { useRulesForm } from '../../../lib/rules-form';
import { makeRules, validateFields } from '../../../lib/validation';
import { useUpdateProfile } from '../api/update-profile';

/** API field names; `confirmPassword` is checked here only. */
const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const EMPTY: Values = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** `email` is the account's: a new password must not contain its name part. */
export function ProfilePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const form = useRulesForm<Values>({
    defaultValues: EMPTY,
    fields: FIELDS,
    check: (values) => {
      const rules = makeRules(t);
      const matches = (value: string) => (value === values.newPassword ? null : t('validation.passwordMismatch'));
      return validateFields(values, { currentPassword: [rules.required], newPassword: [passwordRule(email)], confirmPassword: [rules.required, matches] });
    },
  });
  const mutation = useUpdateProfile({
    onSuccess: () => {
      setSaved(true);
      form.hook.reset(EMPTY);
    },
  });

  const onSubmit = form.submit((values) => {
    if (mutation.isPending) return;
    setSaved(false);
    mutation.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword }, { onError: (error) => form.fail(error) });
  });

  const field = (name: Field, label: string, autoComplete: string, hint?: string) => (
    <TextField id={`profile-${name}`} type="password" label={label} hint={hint} autoComplete={autoComplete} required {...form.field(name)} />
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
