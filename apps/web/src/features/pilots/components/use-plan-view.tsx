import type { PilotUsePlan } from '@inno/contracts';
import { DescriptionList } from '../../../components/description-list';
import { USE_PLAN_FIELDS } from './use-plan-form';
import { usePilotsTranslation } from './pilots-i18n';

/** The supplier's pilot-use plan as the survey shows it, or a note that there is none yet. */
export function UsePlanView({ usePlan, testId }: { usePlan: PilotUsePlan | null; testId?: string }) {
  const { t } = usePilotsTranslation();
  if (!usePlan) {
    return (
      <p className="muted" data-testid={testId} data-written="false">
        {t('usePlan.none')}
      </p>
    );
  }
  return (
    <div data-testid={testId} data-written="true">
      <DescriptionList
        items={USE_PLAN_FIELDS.map((field) => ({
          key: field,
          term: t(`usePlan.${field}`),
          value: <span className="product__description">{usePlan[field]}</span>,
        }))}
      />
    </div>
  );
}
