import type { CallPhase } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/field';

export const PHASES: readonly CallPhase[] = ['OPEN', 'UPCOMING', 'CLOSED'];

export function readPhase(value: string | null): CallPhase | undefined {
  return value && (PHASES as readonly string[]).includes(value) ? (value as CallPhase) : undefined;
}

/** Filters calls by phase; the choice applies at once (a select, kept in the address). */
export function PhaseFilter({ id, phase, onChange }: { id: string; phase: CallPhase | undefined; onChange: (phase: CallPhase | undefined) => void }) {
  const { t } = useTranslation(['calls', 'workflow']);
  return (
    <div className="filters">
      <SelectField id={id} label={t('filter.phase')} value={phase ?? ''} onChange={(e) => onChange(readPhase(e.target.value))} data-testid="calls-phase">
        <option value="">{t('filter.all')}</option>
        {PHASES.map((value) => (
          <option key={value} value={value}>
            {t(`workflow:callPhase.${value}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
