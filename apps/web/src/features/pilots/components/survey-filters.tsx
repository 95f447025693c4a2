import { useState, type FormEvent } from 'react';
import { CategorySelect } from '../../../components/category-select';
import { SelectField, TextField } from '../../../components/field';
import { usePilotsTranslation } from './pilots-i18n';

export type EligibleFilter = 'all' | 'eligible' | 'excluded';

export interface SurveyFilterValues {
  q: string;
  category: string;
  eligible: EligibleFilter;
}

/** The survey list's filters: words (applied with the button), category and eligibility (applied at once). */
export function SurveyFilters({ values, onChange }: { values: SurveyFilterValues; onChange: (values: SurveyFilterValues) => void }) {
  const { t } = usePilotsTranslation();
  const [q, setQ] = useState(values.q);
  // Words changed from outside (back button, a link) replace what was typed.
  const [shown, setShown] = useState(values.q);
  if (values.q !== shown) {
    setShown(values.q);
    setQ(values.q);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange({ ...values, q: q.trim() });
  }

  return (
    <form className="filters" role="search" aria-label={t('survey.filtersLabel')} noValidate onSubmit={onSubmit} data-testid="survey-filters">
      <TextField
        id="survey-q"
        type="search"
        label={t('survey.q')}
        hint={t('survey.qHint')}
        maxLength={100}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        data-testid="survey-q"
      />
      <button type="submit" className="button" data-testid="survey-search">
        {t('survey.search')}
      </button>
      <CategorySelect id="survey-category" value={values.category} onChange={(category) => onChange({ ...values, q: q.trim(), category })} />
      <SelectField
        id="survey-eligible"
        label={t('survey.eligibility')}
        value={values.eligible}
        onChange={(e) => onChange({ ...values, q: q.trim(), eligible: e.target.value as EligibleFilter })}
        data-testid="survey-eligible"
      >
        <option value="all">{t('survey.eligibilityAll')}</option>
        <option value="eligible">{t('survey.eligibilityEligible')}</option>
        <option value="excluded">{t('survey.eligibilityExcluded')}</option>
      </SelectField>
    </form>
  );
}
