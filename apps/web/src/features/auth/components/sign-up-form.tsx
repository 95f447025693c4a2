import {
  CompanySize,
  PASSWORD_MIN_LENGTH,
  Role,
  SELF_SIGNUP_ROLES,
  normalizeBusinessNumber,
  type SelfSignupRole,
  type SignupRequest,
  type SignupResponse,
} from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, TextField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { passwordRule } from '../../../lib/password-rule';
import { makeRules, validateFields, type Rule } from '../../../lib/validation';
import { useSignup } from '../api/signup';
import { InstitutionPicker } from './institution-picker';

/** Field names as the API names them in a 400's `details`. */
const FIELDS = [
  'role',
  'email',
  'password',
  'name',
  'company.name',
  'company.businessNumber',
  'company.size',
  'company.region',
  'company.address',
  'company.representative',
  'institutionId',
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const EMPTY: Values = {
  role: '',
  email: '',
  password: '',
  name: '',
  'company.name': '',
  'company.businessNumber': '',
  'company.size': '',
  'company.region': '',
  'company.address': '',
  'company.representative': '',
  institutionId: '',
};

const fieldId = (field: Field) => `sign-up-${field.replace('.', '-')}`;

function toRequest(values: Values): SignupRequest {
  const role = values.role as SelfSignupRole;
  const request: SignupRequest = { email: values.email.trim(), password: values.password, name: values.name.trim(), role };
  if (role === Role.SUPPLIER) {
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    request.company = {
      name: values['company.name'].trim(),
      businessNumber: normalizeBusinessNumber(values['company.businessNumber']) ?? values['company.businessNumber'].trim(),
      size: values['company.size'] as CompanySize,
      region: values['company.region'].trim(),
      address: optional(values['company.address']),
      representative: optional(values['company.representative']),
    };
  }
  if (role === Role.BUYER) request.institutionId = values.institutionId;
  return request;
}

export function SignUpForm({ onSignedUp }: { onSignedUp: (response: SignupResponse) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(EMPTY);
  const form = useFormErrors(FIELDS);
  const signupMutation = useSignup({ onSuccess: onSignedUp });
  const rules = makeRules(t);
  const role = values.role as SelfSignupRole | '';

  function specFor(currentRole: SelfSignupRole | ''): Partial<Record<Field, Rule[]>> {
    const chosen = (message: string) => (value: string) => (value ? null : message);
    const spec: Partial<Record<Field, Rule[]>> = {
      role: [chosen(t('validation.chooseRole'))],
      email: [rules.required, rules.email],
      password: [passwordRule(values.email)],
      name: [rules.required],
    };
    if (currentRole === Role.SUPPLIER) {
      spec['company.name'] = [rules.required, rules.minLength(2)];
      spec['company.businessNumber'] = [rules.required, rules.businessNumber];
      spec['company.size'] = [chosen(t('validation.chooseSize'))];
      spec['company.region'] = [rules.required, rules.minLength(2)];
    }
    if (currentRole === Role.BUYER) spec.institutionId = [chosen(t('validation.chooseInstitution'))];
    return spec;
  }

  function update(field: Field, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearField(field);
  }

  /** The business number is checked as soon as the field is left, with the API's own rule. */
  function checkBusinessNumber() {
    const message = rules.businessNumber(values['company.businessNumber']);
    form.setErrors((previous) => {
      const { 'company.businessNumber': _old, ...rest } = previous;
      return message ? { ...rest, 'company.businessNumber': [message] } : rest;
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signupMutation.isPending) return;
    if (!form.check(validateFields(values, specFor(role) as Record<string, Rule[]>))) return;
    signupMutation.mutate(toRequest(values), { onError: (error) => form.fail(error) });
  }

  const text = (field: Field, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={fieldId(field)}
      name={field}
      label={label}
      value={values[field]}
      onChange={(e) => update(field, e.target.value)}
      errors={form.errors[field]}
      {...extra}
    />
  );

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="sign-up-title" data-testid="sign-up-form">
      <ErrorSummary form={form} />

      <fieldset
        className="fieldset"
        aria-describedby={form.errors.role?.length ? 'sign-up-role-error' : undefined}
      >
        <legend>{t('auth.signUp.roleLegend')}</legend>
        <div className="choice-list">
          {SELF_SIGNUP_ROLES.map((option) => (
            <div className="choice" key={option}>
              <input
                type="radio"
                id={`sign-up-role-${option}`}
                name="role"
                value={option}
                checked={values.role === option}
                onChange={() => update('role', option)}
                aria-describedby={`sign-up-role-${option}-hint`}
              />
              <label htmlFor={`sign-up-role-${option}`}>{t(`roles.${option}`)}</label>
              <p className="field__hint" id={`sign-up-role-${option}-hint`}>
                {t(`roleHints.${option}`)}
              </p>
            </div>
          ))}
        </div>
        {form.errors.role?.length ? (
          <div id="sign-up-role-error" className="field__error" role="alert">
            {form.errors.role.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        ) : null}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('auth.signUp.accountLegend')}</legend>
        {text('email', t('auth.signUp.email'), { type: 'email', autoComplete: 'email', required: true, maxLength: 254 })}
        {text('password', t('auth.signUp.password'), {
          type: 'password',
          autoComplete: 'new-password',
          required: true,
          hint: t('auth.signUp.passwordHint', { min: PASSWORD_MIN_LENGTH }),
        })}
        {text('name', t('auth.signUp.name'), { autoComplete: 'name', required: true, maxLength: 100 })}
      </fieldset>

      {role === Role.SUPPLIER ? (
        <fieldset className="fieldset" data-testid="sign-up-company">
          <legend>{t('auth.signUp.companyLegend')}</legend>
          {text('company.name', t('auth.signUp.companyName'), { autoComplete: 'organization', required: true, maxLength: 200 })}
          {text('company.businessNumber', t('auth.signUp.businessNumber'), {
            required: true,
            inputMode: 'numeric',
            maxLength: 12,
            placeholder: '000-00-00000',
            hint: t('auth.signUp.businessNumberHint'),
            onBlur: () => {
              if (values['company.businessNumber'].trim()) checkBusinessNumber();
            },
          })}
          <SelectField
            id={fieldId('company.size')}
            name="company.size"
            label={t('auth.signUp.size')}
            required
            value={values['company.size']}
            onChange={(e) => update('company.size', e.target.value)}
            errors={form.errors['company.size']}
          >
            <option value="">{t('auth.signUp.sizePlaceholder')}</option>
            {Object.values(CompanySize).map((size) => (
              <option key={size} value={size}>
                {t(`companySize.${size}`)}
              </option>
            ))}
          </SelectField>
          {text('company.region', t('auth.signUp.region'), { required: true, autoComplete: 'address-level1', maxLength: 40 })}
          {text('company.address', t('auth.signUp.address'), { autoComplete: 'street-address', maxLength: 300 })}
          {text('company.representative', t('auth.signUp.representative'), { maxLength: 100 })}
        </fieldset>
      ) : null}

      {role === Role.BUYER ? (
        <fieldset className="fieldset" data-testid="sign-up-institution">
          <legend>{t('auth.signUp.institutionLegend')}</legend>
          <InstitutionPicker
            value={values.institutionId}
            onChange={(id) => update('institutionId', id)}
            errors={form.errors.institutionId}
          />
        </fieldset>
      ) : null}

      <button type="submit" className="button" data-testid="sign-up-submit" aria-disabled={signupMutation.isPending || undefined}>
        {signupMutation.isPending ? t('auth.signUp.submitting') : t('auth.signUp.submit')}
      </button>
    </form>
  );
}
