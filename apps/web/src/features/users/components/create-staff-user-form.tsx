import { observerTermProblems, PASSWORD_MIN_LENGTH, Role, STAFF_ROLES, type StaffRole } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { DateField, SelectField, TextField } from '../../../components/field';
import { passwordRule } from '../../../lib/password-rule';
import { useRulesForm } from '../../../lib/rules-form';
import { makeRules, validateFields } from '../../../lib/validation';
import { useCreateStaffUser } from '../api/create-staff-user';

const FIELDS = ['email', 'password', 'name', 'role', 'organisation', 'termFrom', 'termTo'] as const;
type Values = Record<(typeof FIELDS)[number], string>;
const EMPTY: Values = { email: '', password: '', name: '', role: STAFF_ROLES[0], organisation: '', termFrom: '', termTo: '' };

/** ADMIN only: accounts for roles nobody may pick at sign-up. */
export function CreateStaffUserForm() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<string | null>(null);
  const form = useRulesForm<Values>({
    defaultValues: EMPTY,
    fields: FIELDS,
    check: (values) => {
      const rules = makeRules(t);
      const errors = validateFields(values, {
        email: [rules.required, rules.email],
        password: [passwordRule(values.email)],
        name: [rules.required],
        role: [rules.required],
      });
      if (values.role !== Role.OBSERVER) return errors;
      // The term's rule is the API's (libs/contracts/src/observers.ts): each field it names is marked.
      const term = observerTermProblems({ organisation: values.organisation, termFrom: values.termFrom || undefined, termTo: values.termTo || undefined });
      return { ...errors, ...Object.fromEntries(Object.keys(term).map((field) => [field, [t(field === 'termTo' && values.termTo ? 'users.observerTermInvalid' : 'validation.required')]])) };
    },
  });
  const mutation = useCreateStaffUser({
    onSuccess: (user) => {
      setCreated(user.email);
      form.hook.reset(EMPTY);
    },
  });

  const onSubmit = form.submit((values) => {
    if (mutation.isPending) return;
    setCreated(null);
    const observer = values.role === Role.OBSERVER ? { organisation: values.organisation.trim(), termFrom: values.termFrom, termTo: values.termTo } : {};
    mutation.mutate(
      { email: values.email.trim(), password: values.password, name: values.name.trim(), role: values.role as StaffRole, ...observer },
      { onError: (error) => form.fail(error) },
    );
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="create-staff-title" data-testid="create-staff-form">
      <h2 id="create-staff-title">{t('users.createTitle')}</h2>
      <ErrorSummary form={form} />
      {created ? <StatusMessage>{t('users.created', { email: created })}</StatusMessage> : null}
      <TextField id="create-staff-email" type="email" autoComplete="off" maxLength={254} label={t('users.createEmail')} required {...form.field('email')} />
      <TextField
        id="create-staff-password"
        type="password"
        autoComplete="new-password"
        label={t('users.createPassword')}
        hint={t('auth.signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        required
        {...form.field('password')}
      />
      <TextField id="create-staff-name" label={t('users.createName')} maxLength={100} required {...form.field('name')} />
      <SelectField id="create-staff-role" label={t('users.createRole')} required {...form.field('role')}>
        {STAFF_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
      {form.hook.watch('role') === Role.OBSERVER ? (
        <fieldset className="fieldset" data-testid="create-staff-observer">
          <legend>{t('users.observerLegend')}</legend>
          <p className="field__hint">{t('users.observerHint')}</p>
          <TextField id="create-staff-organisation" label={t('users.observerOrganisation')} maxLength={200} required {...form.field('organisation')} />
          <DateField id="create-staff-termFrom" label={t('users.observerTermFrom')} required {...form.field('termFrom')} />
          <DateField id="create-staff-termTo" label={t('users.observerTermTo')} required {...form.field('termTo')} />
        </fieldset>
      ) : null}
      <button type="submit" className="button" data-testid="create-staff-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('users.creating') : t('users.createSubmit')}
      </button>
    </form>
  );
}
