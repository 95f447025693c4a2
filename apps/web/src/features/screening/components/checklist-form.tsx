import { SCREENING_CHECKLIST, type ProposalView, type ScreeningItem } from '@inno/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { FieldErrors } from '../../../lib/validation';
import { useDecideScreening } from '../api/decide-screening';

type Key = ScreeningItem['key'];
type Verdict = '' | 'pass' | 'fail';
type Row = { verdict: Verdict; reason: string };

/** Field names as the API's `details` name them: the checklist is sent in SCREENING_CHECKLIST order. */
const FIELDS = ['checklist', ...SCREENING_CHECKLIST.flatMap((_key, i) => [`checklist.${i}.passed`, `checklist.${i}.reason`])];

/**
 * The pass/fail screening checklist (fit with the area, new approach, TRL,
 * safety, regulatory exposure): each item passed or failed with a reason. It
 * passes only when every item passes; it fails when one does not.
 */
export function ChecklistForm({ proposal, onDone }: { proposal: ProposalView; onDone: (message: string) => void }) {
  const { t } = useTranslation(['screening', 'workflow']);
  const [rows, setRows] = useState<Record<Key, Row>>(
    () => Object.fromEntries(SCREENING_CHECKLIST.map((key) => [key, { verdict: '', reason: '' }])) as Record<Key, Row>,
  );
  const form = useFormErrors(FIELDS);
  const mutation = useDecideScreening();
  const id = proposal.id;

  const set = (key: Key, patch: Partial<Row>) => {
    setRows((previous) => ({ ...previous, [key]: { ...previous[key], ...patch } }));
    const i = SCREENING_CHECKLIST.indexOf(key);
    form.clearField(`checklist.${i}.${'verdict' in patch ? 'passed' : 'reason'}`);
    form.clearField('checklist');
  };

  function decide(verdict: 'pass' | 'fail') {
    if (mutation.isPending) return;
    const errors: FieldErrors = {};
    SCREENING_CHECKLIST.forEach((key, i) => {
      if (!rows[key].verdict) errors[`checklist.${i}.passed`] = [t('checklist.errors.verdict')];
      if (!rows[key].reason.trim()) errors[`checklist.${i}.reason`] = [t('checklist.errors.reason')];
    });
    const failed = SCREENING_CHECKLIST.filter((key) => rows[key].verdict === 'fail');
    const complete = Object.keys(errors).length === 0;
    if (complete && verdict === 'pass' && failed.length) errors.checklist = [t('checklist.errors.passWithFailures')];
    if (complete && verdict === 'fail' && !failed.length) errors.checklist = [t('checklist.errors.failWithoutFailures')];
    if (!form.check(errors)) return;
    const checklist: ScreeningItem[] = SCREENING_CHECKLIST.map((key) => ({ key, passed: rows[key].verdict === 'pass', reason: rows[key].reason.trim() }));
    mutation.mutate(
      { id, verdict, checklist },
      {
        onSuccess: () => onDone(t(verdict === 'pass' ? 'done.passed' : 'done.failed', { name: proposal.product.nameKo })),
        onError: (error) => form.fail(error),
      },
    );
  }

  // Two outcomes, two buttons: Enter in a field submits nothing by mistake.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();

  return (
    <form className="form checklist" noValidate onSubmit={onSubmit} aria-labelledby={`checklist-title-${id}`} data-testid={`checklist-${id}`}>
      <h3 id={`checklist-title-${id}`}>{t('checklist.title')}</h3>
      <p className="field__hint">{t('checklist.lead')}</p>
      <ErrorSummary form={form} testId={`checklist-error-${id}`} />
      {SCREENING_CHECKLIST.map((key, i) => {
        const verdictErrors = form.errors[`checklist.${i}.passed`];
        const verdictErrorId = `checklist-${id}-${key}-verdict-error`;
        return (
          <fieldset key={key} className="fieldset checklist__item" data-testid={`checklist-${id}-${key}`}>
            <legend>{t(`workflow:screeningItem.${key}`)}</legend>
            <div className="checklist__verdict" role="radiogroup" aria-label={t('checklist.verdictLabel', { item: t(`workflow:screeningItem.${key}`) })} aria-describedby={verdictErrors?.length ? verdictErrorId : undefined}>
              {(['pass', 'fail'] as const).map((verdict) => (
                <div key={verdict} className="choice">
                  <input
                    type="radio"
                    id={`checklist-${id}-${key}-${verdict}`}
                    name={`checklist-${id}-${key}`}
                    value={verdict}
                    checked={rows[key].verdict === verdict}
                    aria-invalid={verdictErrors?.length ? true : undefined}
                    data-testid={`checklist-${id}-${key}-${verdict}`}
                    onChange={() => set(key, { verdict })}
                  />
                  <label htmlFor={`checklist-${id}-${key}-${verdict}`}>{t(`checklist.verdict.${verdict}`)}</label>
                </div>
              ))}
            </div>
            {verdictErrors?.length ? (
              <div id={verdictErrorId} className="field__error" role="alert">
                {verdictErrors.map((message) => (
                  <p key={message}>{message}</p>
                ))}
              </div>
            ) : null}
            <TextAreaField
              id={`checklist-${id}-${key}-reason`}
              label={t('checklist.reason')}
              required
              rows={2}
              maxLength={1000}
              value={rows[key].reason}
              onChange={(e) => set(key, { reason: e.target.value })}
              errors={form.errors[`checklist.${i}.reason`]}
              data-testid={`checklist-${id}-${key}-reason`}
            />
          </fieldset>
        );
      })}
      {form.errors.checklist?.length ? (
        <div className="field__error" role="alert" data-testid={`checklist-verdict-error-${id}`}>
          {form.errors.checklist.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" data-testid={`pass-screening-${id}`} aria-disabled={mutation.isPending || undefined} onClick={() => decide('pass')}>
          {t('checklist.passProposal')}
        </button>
        <button
          type="button"
          className="button button--danger"
          data-testid={`fail-screening-${id}`}
          aria-disabled={mutation.isPending || undefined}
          onClick={() => decide('fail')}
        >
          {t('checklist.failProposal')}
        </button>
      </div>
    </form>
  );
}
