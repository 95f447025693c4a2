import { UsageState, type CheckInInput, type PilotView } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { FieldErrors } from '../../../lib/validation';
import { useCheckInPilot } from '../api/check-in-pilot';
import { RadioGroupField } from './radio-group-field';
import { usePilotsTranslation } from './pilots-i18n';

const WHY = { min: 2, max: 2000 };
const STATES = Object.values(UsageState);

/**
 * The usage check-in after the pilot (3 and 6 months on): is the product still in
 * use, shelved or returned, and why. Pilot products left unused are what this watches.
 */
export function CheckInForm({ pilot, onSaved }: { pilot: PilotView; onSaved: (pilot: PilotView) => void }) {
  const { t } = usePilotsTranslation();
  const due = pilot.checkInsDue;
  const [month, setMonth] = useState<3 | 6 | null>(due[0] ?? null);
  const [state, setState] = useState<UsageState | null>(null);
  const [why, setWhy] = useState('');
  const form = useFormErrors(['month', 'state', 'why']);
  const mutation = useCheckInPilot();

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (month === null) errors.month = [t('errors.chooseOne')];
    if (state === null) errors.state = [t('errors.chooseOne')];
    const text = why.trim();
    if (!text) errors.why = [t('errors.required')];
    else if (text.length < WHY.min) errors.why = [t('errors.minLength', { min: WHY.min })];
    return errors;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending || !form.check(validate())) return;
    const checkIn: CheckInInput = { month: month!, state: state!, why: why.trim() };
    mutation.mutate(
      { id: pilot.id, checkIn },
      {
        onSuccess: (saved) => {
          setState(null);
          setWhy('');
          onSaved(saved);
        },
        onError: (error) => form.fail(error),
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="checkin-title" data-testid="checkin-form">
      <h2 id="checkin-title">{t('checkIn.formTitle')}</h2>
      <p className="field__hint">{t('checkIn.formLead')}</p>
      <ErrorSummary form={form} testId="checkin-error" />
      <RadioGroupField
        name="checkin-month"
        legend={t('checkIn.month')}
        required
        options={due.map((value) => ({ value, label: t('checkIn.monthOption', { month: value }) }))}
        value={month}
        onChange={(value) => {
          setMonth(value);
          form.clearField('month');
        }}
        errors={form.errors.month}
        testIdPrefix="checkin-month"
      />
      <RadioGroupField
        name="checkin-state"
        legend={t('checkIn.state')}
        required
        options={STATES.map((value) => ({ value, label: t(`usage.${value}`) }))}
        value={state}
        onChange={(value) => {
          setState(value);
          form.clearField('state');
        }}
        errors={form.errors.state}
        testIdPrefix="checkin-state"
      />
      <TextAreaField
        id="checkin-why"
        label={t('checkIn.why')}
        hint={t('checkIn.whyHint')}
        required
        rows={3}
        maxLength={WHY.max}
        value={why}
        onChange={(e) => {
          setWhy(e.target.value);
          form.clearField('why');
        }}
        errors={form.errors.why}
        data-testid="checkin-why"
      />
      <button type="submit" className="button" data-testid="checkin-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('checkIn.submitting') : t('checkIn.submit')}
      </button>
    </form>
  );
}
