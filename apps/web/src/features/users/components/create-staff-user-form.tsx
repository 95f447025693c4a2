import { PASSWORD_MIN_LENGTH, STAFF_ROLES, type StaffRole } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/alerts';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, TextField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { passwordRule } from '../../../lib/password-rule';
import { makeRules, validateFields } from '../../../lib/validation';
import { useCreateStaffUser } from '../api/create-staff-user';

const FIELDS = ['email', 'password', 'name', 'role'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { email: '', password: '', name: '', role: STAFF_ROLES[0] };

/** ADMIN only: accounts for roles nobody may pick at sign-up. */
export function CreateStaffUserForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const form = useFormErrors(FIELDS);
  const mutation = useCreateStaffUser({
    onSuccess: (user) => {
      setCreated(user.email);
      setValues(EMPTY);
    },
  });

  function update(field: Field, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearField(field);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setCreated(null);
    const rules = makeRules(t);
    const found = validateFields(values, {
      email: [rules.required, rules.email],
      password: [passwordRule(t, values.email)],
      name: [rules.required],
      role: [rules.required],
    });
    if (!form.check(found)) return;
    mutation.mutate(
      { email: values.email.trim(), password: values.password, name: values.name.trim(), role: values.role as StaffRole },
      { onError: (error) => form.fail(error) },
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="create-staff-title" data-testid="create-staff-form">
      <h2 id="create-staff-title">{t('users.createTitle')}</h2>
      <ErrorSummary form={form} />
      {created ? <StatusMessage>{t('users.created', { email: created })}</StatusMessage> : null}
      <TextField
        id="create-staff-email"
        name="email"
        type="email"
        autoComplete="off"
        maxLength={254}
        label={t('users.createEmail')}
        required
        value={values.email}
        onChange={(e) => update('email', e.target.value)}
        errors={form.errors.email}
      />
      <TextField
        id="create-staff-password"
        name="password"
        type="password"
        autoComplete="new-password"
        label={t('users.createPassword')}
        hint={t('auth.signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        required
        value={values.password}
        onChange={(e) => update('password', e.target.value)}
        errors={form.errors.password}
      />
      <TextField
        id="create-staff-name"
        name="name"
        label={t('users.createName')}
        maxLength={100}
        required
        value={values.name}
        onChange={(e) => update('name', e.target.value)}
        errors={form.errors.name}
      />
      <SelectField
        id="create-staff-role"
        name="role"
        label={t('users.createRole')}
        required
        value={values.role}
        onChange={(e) => update('role', e.target.value)}
        errors={form.errors.role}
      >
        {STAFF_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button" data-testid="create-staff-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('users.creating') : t('users.createSubmit')}
      </button>
    </form>
  );
}
