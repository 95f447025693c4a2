import { SelectField } from '../../../components/field';
import { todayIso } from '../../../lib/format';
import { useOrdersTranslation } from './orders-i18n';

/** The fiscal year a target page shows: this one (in Korea) or one of the four before. */
export function YearField({ id, value, onChange }: { id: string; value: number; onChange: (year: number) => void }) {
  const { t } = useOrdersTranslation();
  const thisYear = Number(todayIso().slice(0, 4));
  return (
    <SelectField id={id} label={t('target.year')} value={String(value)} onChange={(e) => onChange(Number(e.target.value))}>
      {Array.from({ length: 5 }, (_, i) => thisYear - i).map((year) => (
        <option key={year} value={year}>
          {year}
        </option>
      ))}
    </SelectField>
  );
}
