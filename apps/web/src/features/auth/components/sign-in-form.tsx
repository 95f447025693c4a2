import type { SessionResponse } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { makeRules, validateFields } from '../../../lib/validation';
import { useLogin } from '../api/login';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function SignInForm({ onSignedIn }: { onSignedIn?: (session: SessionResponse) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const form = useFormErrors(FIELDS);
  const loginMutation = useLogin({ onSuccess: onSignedIn });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loginMutation.isPending) return;
    const rules = makeRules(t);
    const valid = form.check(validateFields(values, { email: [rules.required, rules.email], password: [rules.required] }));
    if (!valid) return;
    loginMutation.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onError: (error) =>
          form.fail(error, {
            401: t('auth.signIn.invalidCredentials'),
            403: t('auth.signIn.notActive'),
            429: t('auth.signIn.throttled'),
          }),
      },
    );
  }

  function update(field: Field, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearField(field);
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="sign-in-title" data-testid="sign-in-form">
      <ErrorSummary form={form} />
      <TextField
        id="sign-in-email"
        name="email"
        type="email"
        autoComplete="username"
        maxLength={254}
        label={t('auth.signIn.email')}
        required
        value={values.email}
        onChange={(e) => update('email', e.target.value)}
        errors={form.errors.email}
      />
      <TextField
        id="sign-in-password"
        name="password"
        type="password"
        autoComplete="current-password"
        label={t('auth.signIn.password')}
        required
        value={values.password}
        onChange={(e) => update('password', e.target.value)}
        errors={form.errors.password}
      />
      <button type="submit" className="button" data-testid="sign-in-submit" aria-disabled={loginMutation.isPending || undefined}>
        {loginMutation.isPending ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
      </button>
    </form>
  );
}
