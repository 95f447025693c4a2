import type { CallPhase } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { ChoiceField } from '../../../components/field';

export const PHASES: readonly CallPhase[] = ['OPEN', 'UPCOMING', 'CLOSED'];

export function readPhase(value: string | null): CallPhase | undefined {
  return value && (PHASES as readonly string[]).includes(value) ? (value as CallPhase) : undefined;
}

/** Filters calls by phase; the choice applies at once (a select, kept in the address). */
export function PhaseFilter({ id, phase, onChange }: { id: string; phase: CallPhase | undefined; onChange: (phase: CallPhase | undefined) => void }) {
  const { t } = useTranslation(['calls', 'workflow']);
  return (
    <div className="filters">
      <ChoiceField
        id={id}
        label={t('filter.phase')}
        choices={PHASES}
        value={phase}
        labelOf={(value) => t(`workflow:callPhase.${value}`)}
        noneLabel={t('filter.all')}
        onChange={onChange}
        data-testid="calls-phase"
      />
    </div>
  );
}
