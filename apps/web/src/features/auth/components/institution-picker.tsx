import type { InstitutionView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/field';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useSearchInstitutions } from '../api/search-institutions';

const PAGE_SIZE = 20;

/**
 * A searchable choice of institution: a search box narrows the options of a
 * native select, which keeps it usable with the keyboard and screen readers.
 */
export function InstitutionPicker({ value, onChange, errors }: {
  value: string;
  onChange: (id: string) => void;
  errors?: string[];
}) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<InstitutionView | null>(null);
  const q = useDebouncedValue(query, 300);
  const institutions = useSearchInstitutions({ q, pageSize: PAGE_SIZE });

  const items = institutions.data?.items ?? [];
  const options = chosen && !items.some((item) => item.id === chosen.id) ? [chosen, ...items] : items;
  const label = (item: InstitutionView) => (i18n.language === 'en' && item.nameEn ? item.nameEn : item.name);

  let status: string;
  if (institutions.isPending) status = t('auth.signUp.institutionsLoading');
  else if (institutions.isError) status = t('errors.network');
  else if (items.length === 0) status = t('auth.signUp.institutionsNone');
  else status = t('auth.signUp.institutionsFound', { count: institutions.data?.total ?? items.length });

  return (
    <div className="institution-picker">
      <TextField
        id="sign-up-institution-search"
        type="search"
        label={t('auth.signUp.institutionSearch')}
        hint={t('auth.signUp.institutionSearchHint')}
        value={query}
        autoComplete="off"
        maxLength={100}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="field__hint" role="status" data-testid="institution-search-status">
        {status}
      </p>
      <SelectField
        id="sign-up-institutionId"
        name="institutionId"
        label={t('auth.signUp.institution')}
        required
        value={value}
        errors={errors}
        onChange={(e) => {
          setChosen(options.find((item) => item.id === e.target.value) ?? null);
          onChange(e.target.value);
        }}
      >
        <option value="">{t('auth.signUp.institutionPlaceholder')}</option>
        {options.map((item) => (
          <option key={item.id} value={item.id}>
            {label(item)} ({item.code})
          </option>
        ))}
      </SelectField>
    </div>
  );
}
