import { ROLES, UserStatus, type Role } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/field';

export interface UsersFilterValues {
  status: UserStatus | '';
  role: Role | '';
  q: string;
}

export function UsersFilters({ initial, onApply }: { initial: UsersFilterValues; onApply: (values: UsersFilterValues) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ ...values, q: values.q.trim() });
  }

  return (
    <form className="filters" role="search" onSubmit={onSubmit} data-testid="users-filters">
      <fieldset className="fieldset fieldset--inline">
        <legend>{t('users.filtersLegend')}</legend>
        <SelectField
          id="users-filter-status"
          label={t('users.status')}
          value={values.status}
          onChange={(e) => setValues({ ...values, status: e.target.value as UserStatus | '' })}
        >
          <option value="">{t('common.all')}</option>
          {Object.values(UserStatus).map((status) => (
            <option key={status} value={status}>
              {t(`userStatus.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="users-filter-role"
          label={t('users.role')}
          value={values.role}
          onChange={(e) => setValues({ ...values, role: e.target.value as Role | '' })}
        >
          <option value="">{t('common.all')}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="users-filter-q"
          type="search"
          label={t('users.q')}
          maxLength={100}
          value={values.q}
          onChange={(e) => setValues({ ...values, q: e.target.value })}
        />
        <button type="submit" className="button">
          {t('users.search')}
        </button>
      </fieldset>
    </form>
  );
}
