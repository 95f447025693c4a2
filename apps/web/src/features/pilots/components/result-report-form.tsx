import { PILOT_INDICATORS, type PilotIndicator, type PilotResultInput, type PilotView } from '@inno/contracts';
import { useMemo, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { FieldErrors } from '../../../lib/validation';
import { useReportPilotResult } from '../api/report-pilot-result';
import { usePilotsTranslation } from './pilots-i18n';

export const SCORES = [1, 2, 3, 4, 5] as const;
const COMMENT_MAX = 2000;
const SUMMARY = { min: 5, max: 5000 };

interface ResultValues {
  scores: Record<PilotIndicator, string>;
  comments: Record<PilotIndicator, string>;
  willBuyMore: boolean;
  summary: string;
}

const blank = () => Object.fromEntries(PILOT_INDICATORS.map((indicator) => [indicator, ''])) as Record<PilotIndicator, string>;

/** Error keys as the API names them: `scores.<indicator>`, `comments.<indicator>`, `willBuyMore`, `summary`. */
const KNOWN_FIELDS = [
  ...PILOT_INDICATORS.flatMap((indicator) => [`scores.${indicator}`, `comments.${indicator}`]),
  'scores',
  'comments',
  'willBuyMore',
  'summary',
];

/**
 * The institution's result report at the end of the use period: each of the 10
 * indicators scored 1 to 5 with an optional comment, whether it would buy more,
 * and a summary. The API's 400 `details` (`scores.<indicator>`) show beside their fields.
 */
export function ResultReportForm({ pilot, onSaved }: { pilot: PilotView; onSaved: (pilot: PilotView) => void }) {
  const { t } = usePilotsTranslation();
  const [values, setValues] = useState<ResultValues>(() => ({ scores: blank(), comments: blank(), willBuyMore: false, summary: '' }));
  const form = useFormErrors(KNOWN_FIELDS);
  const mutation = useReportPilotResult();
  const scoreLabels = useMemo(() => Object.fromEntries(SCORES.map((score) => [score, t(`result.scale.${score}`)])), [t]);

  const setIndicator = (kind: 'scores' | 'comments', indicator: PilotIndicator, value: string) => {
    setValues((previous) => ({ ...previous, [kind]: { ...previous[kind], [indicator]: value } }));
    form.clearField(`${kind}.${indicator}`);
  };

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    for (const indicator of PILOT_INDICATORS) {
      if (!values.scores[indicator]) errors[`scores.${indicator}`] = [t('errors.chooseScore')];
      if (values.comments[indicator].length > COMMENT_MAX) errors[`comments.${indicator}`] = [t('errors.maxLength', { max: COMMENT_MAX })];
    }
    const summary = values.summary.trim();
    if (!summary) errors.summary = [t('errors.required')];
    else if (summary.length < SUMMARY.min) errors.summary = [t('errors.minLength', { min: SUMMARY.min })];
    return errors;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!form.check(validate())) {
      // The first field in error takes the focus, so a keyboard user lands where to fix.
      const first = PILOT_INDICATORS.find((indicator) => !values.scores[indicator]);
      document.getElementById(first ? `result-score-${first}` : 'result-summary')?.focus();
      return;
    }
    const comments: PilotResultInput['comments'] = {};
    for (const indicator of PILOT_INDICATORS) {
      const comment = values.comments[indicator].trim();
      if (comment) comments[indicator] = comment;
    }
    const result: PilotResultInput = {
      scores: Object.fromEntries(PILOT_INDICATORS.map((indicator) => [indicator, Number(values.scores[indicator])])) as Record<PilotIndicator, number>,
      comments,
      willBuyMore: values.willBuyMore,
      summary: values.summary.trim(),
    };
    mutation.mutate({ id: pilot.id, result }, { onSuccess: onSaved, onError: (error) => form.fail(error) });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="result-form-title" data-testid="result-form">
      <h2 id="result-form-title">{t('result.formTitle')}</h2>
      <p className="field__hint" id="result-scale-hint">
        {t('result.formLead')}
      </p>
      <ErrorSummary form={form} testId="result-error" />
      {PILOT_INDICATORS.map((indicator) => {
        const name = t(`indicator.${indicator}`);
        return (
          <fieldset key={indicator} className="fieldset fieldset--inline" data-testid={`result-indicator-${indicator}`}>
            <legend>{name}</legend>
            <SelectField
              id={`result-score-${indicator}`}
              label={t('result.scoreLabel', { indicator: name })}
              required
              value={values.scores[indicator]}
              onChange={(e) => setIndicator('scores', indicator, e.target.value)}
              errors={form.errors[`scores.${indicator}`]}
              data-testid={`result-score-${indicator}`}
            >
              <option value="">{t('result.scorePlaceholder')}</option>
              {SCORES.map((score) => (
                <option key={score} value={String(score)}>
                  {scoreLabels[score]}
                </option>
              ))}
            </SelectField>
            <TextField
              id={`result-comment-${indicator}`}
              label={t('result.commentLabel', { indicator: name })}
              maxLength={COMMENT_MAX}
              value={values.comments[indicator]}
              onChange={(e) => setIndicator('comments', indicator, e.target.value)}
              errors={form.errors[`comments.${indicator}`]}
              data-testid={`result-comment-${indicator}`}
            />
          </fieldset>
        );
      })}
      <CheckboxField
        id="result-will-buy-more"
        label={t('result.willBuyMore')}
        hint={t('result.willBuyMoreHint')}
        checked={values.willBuyMore}
        onChange={(e) => {
          const checked = e.target.checked;
          setValues((previous) => ({ ...previous, willBuyMore: checked }));
          form.clearField('willBuyMore');
        }}
        errors={form.errors.willBuyMore}
        data-testid="result-will-buy-more"
      />
      <TextAreaField
        id="result-summary"
        label={t('result.summary')}
        hint={t('result.summaryHint')}
        required
        rows={5}
        maxLength={SUMMARY.max}
        value={values.summary}
        onChange={(e) => {
          const value = e.target.value;
          setValues((previous) => ({ ...previous, summary: value }));
          form.clearField('summary');
        }}
        errors={form.errors.summary}
        data-testid="result-summary"
      />
      <button type="submit" className="button" data-testid="result-submit" aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('result.submitting') : t('result.submit')}
      </button>
    </form>
  );
}
