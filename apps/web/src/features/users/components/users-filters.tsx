import { ROLES, UserStatus, type Role } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField, TextField } from '../../../components/field';

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
        <ChoiceField
          id="users-filter-status"
          label={t('users.status')}
          choices={Object.values(UserStatus)}
          value={values.status || undefined}
          labelOf={(status) => t(`userStatus.${status}`)}
          noneLabel={t('common.all')}
          onChange={(status) => setValues({ ...values, status: status ?? '' })}
        />
        <ChoiceField
          id="users-filter-role"
          label={t('users.role')}
          choices={ROLES}
          value={values.role || undefined}
          labelOf={(role) => t(`roles.${role}`)}
          noneLabel={t('common.all')}
          onChange={(role) => setValues({ ...values, role: role ?? '' })}
        />
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
