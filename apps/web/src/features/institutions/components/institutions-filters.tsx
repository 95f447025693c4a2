import { InstitutionType } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField, TextField } from '../../../components/field';
import { useInstitutionsTranslation } from './institutions-i18n';

export interface InstitutionsFilterValues {
  type: InstitutionType | undefined;
  q: string;
}

export function InstitutionsFilters({ initial, onApply }: { initial: InstitutionsFilterValues; onApply: (values: InstitutionsFilterValues) => void }) {
  const { t } = useInstitutionsTranslation();
  const { t: tApp } = useTranslation();
  const [values, setValues] = useState(initial);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ ...values, q: values.q.trim() });
  }

  return (
    <form className="filters" role="search" onSubmit={onSubmit} data-testid="institutions-filters">
      <fieldset className="fieldset fieldset--inline">
        <legend>{t('list.filtersLegend')}</legend>
        <ChoiceField
          id="institutions-filter-type"
          label={t('list.type')}
          choices={Object.values(InstitutionType)}
          value={values.type}
          labelOf={(type) => tApp(`institutionType.${type}`)}
          noneLabel={tApp('common.all')}
          onChange={(type) => setValues({ ...values, type })}
        />
        <TextField
          id="institutions-filter-q"
          type="search"
          label={t('list.q')}
          maxLength={100}
          value={values.q}
          onChange={(e) => setValues({ ...values, q: e.target.value })}
        />
        <button type="submit" className="button">
          {t('list.search')}
        </button>
      </fieldset>
    </form>
  );
}
