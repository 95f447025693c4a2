import type { SessionResponse } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/field';
import { useRulesForm } from '../../../lib/rules-form';
import { makeRules, validateFields } from '../../../lib/validation';
import { useLogin } from '../api/login';

const FIELDS = ['email', 'password'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

export function SignInForm({ onSignedIn }: { onSignedIn?: (session: SessionResponse) => void }) {
  const { t } = useTranslation();
  const form = useRulesForm<Values>({
    defaultValues: { email: '', password: '' },
    fields: FIELDS,
    check: (values) => {
      const rules = makeRules(t);
      return validateFields(values, { email: [rules.required, rules.email], password: [rules.required] });
    },
  });
  const loginMutation = useLogin({ onSuccess: onSignedIn });

  const onSubmit = form.submit((values) => {
    if (loginMutation.isPending) return;
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
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="sign-in-title" data-testid="sign-in-form">
      <ErrorSummary form={form} />
      <TextField id="sign-in-email" type="email" autoComplete="username" maxLength={254} label={t('auth.signIn.email')} required {...form.field('email')} />
      <TextField id="sign-in-password" type="password" autoComplete="current-password" label={t('auth.signIn.password')} required {...form.field('password')} />
      <button type="submit" className="button" data-testid="sign-in-submit" aria-disabled={loginMutation.isPending || undefined}>
        {loginMutation.isPending ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
      </button>
    </form>
  );
}
