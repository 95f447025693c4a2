import type { PilotUsePlan } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { FieldErrors } from '../../../lib/validation';
import { useSaveUsePlan } from '../api/save-use-plan';
import { usePilotsTranslation } from './pilots-i18n';

export const USE_PLAN_FIELDS = ['offering', 'installation', 'training', 'support'] as const satisfies readonly (keyof PilotUsePlan)[];

/** The API's rule for each field: 5 to 5000 characters. */
export const USE_PLAN_MIN = 5;
export const USE_PLAN_MAX = 5000;

/** The supplier's pilot-use plan for its product in a plan: what an institution gets, installation, training and support. */
export function UsePlanForm({ planId, productId, productName, initial, onSaved, onCancel }: {
  planId: string;
  productId: string;
  productName: string;
  initial: PilotUsePlan | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = usePilotsTranslation();
  const [values, setValues] = useState<PilotUsePlan>(() => initial ?? { offering: '', installation: '', training: '', support: '' });
  const form = useFormErrors(USE_PLAN_FIELDS);
  const mutation = useSaveUsePlan();
  const idPrefix = `use-plan-${productId}`;
  const titleId = `${idPrefix}-title`;

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    for (const field of USE_PLAN_FIELDS) {
      const value = values[field].trim();
      if (!value) errors[field] = [t('errors.required')];
      else if (value.length < USE_PLAN_MIN) errors[field] = [t('errors.minLength', { min: USE_PLAN_MIN })];
    }
    return errors;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending || !form.check(validate())) return;
    const usePlan = Object.fromEntries(USE_PLAN_FIELDS.map((field) => [field, values[field].trim()])) as unknown as PilotUsePlan;
    mutation.mutate({ planId, productId, usePlan }, { onSuccess: onSaved, onError: (error) => form.fail(error) });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={titleId} data-testid="use-plan-form">
      <h4 id={titleId}>{t('usePlan.formTitle', { name: productName })}</h4>
      <p className="field__hint">{t('usePlan.formLead')}</p>
      <ErrorSummary form={form} testId="use-plan-error" />
      {USE_PLAN_FIELDS.map((field) => (
        <TextAreaField
          key={field}
          id={`${idPrefix}-${field}`}
          label={t(`usePlan.${field}`)}
          hint={t(`usePlan.${field}Hint`)}
          required
          rows={3}
          maxLength={USE_PLAN_MAX}
          value={values[field]}
          onChange={(e) => {
            const value = e.target.value;
            setValues((previous) => ({ ...previous, [field]: value }));
            form.clearField(field);
          }}
          errors={form.errors[field]}
          data-testid={`use-plan-${field}`}
        />
      ))}
      <div className="button-row">
        <button type="submit" className="button" data-testid="use-plan-save" aria-disabled={mutation.isPending || undefined}>
          {mutation.isPending ? t('usePlan.saving') : t('usePlan.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
