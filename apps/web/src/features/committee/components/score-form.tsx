import { criteriaTotal, scoreSheetProblems, type AgendaItemView, type ScoreSheet } from '@inno/contracts';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField, TextField } from '../../../components/field';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { FieldErrors } from '../../../lib/validation';
import { useSaveScore } from '../api/save-score';

type Row = { points: string; comment: string };

/** Whole points as typed; anything else is not a score (NaN, refused by the shared rule). */
function parsePoints(value: string): number {
  const text = value.trim();
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * A member's score sheet: one number per criterion within its points, a
 * comment for each, and the running total. Saving again replaces the sheet
 * until the chair closes the item.
 */
export function ScoreForm({ item, onSaved }: { item: AgendaItemView; onSaved: (sheet: ScoreSheet) => void }) {
  const { t, i18n } = useTranslation('committee');
  const language = i18n.language;
  const criteria = useMemo(() => item.criteria.groups.flatMap((group) => group.criteria), [item.criteria]);
  const fields = useMemo(() => criteria.flatMap((criterion) => [`points.${criterion.key}`, `comments.${criterion.key}`]), [criteria]);
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(
      criteria.map((criterion) => [
        criterion.key,
        {
          points: item.myScore?.points[criterion.key] === undefined ? '' : String(item.myScore.points[criterion.key]),
          comment: item.myScore?.comments[criterion.key] ?? '',
        },
      ]),
    ),
  );
  const form = useFormErrors(fields);
  const mutation = useSaveScore();
  const id = item.id;
  const max = criteriaTotal(item.criteria);
  const total = criteria.reduce((sum, criterion) => {
    const points = parsePoints(rows[criterion.key]?.points ?? '');
    return sum + (points <= criterion.points ? points : 0);
  }, 0);

  const set = (key: string, patch: Partial<Row>) => {
    setRows((previous) => ({ ...previous, [key]: { ...previous[key], ...patch } }));
    form.clearField('points' in patch ? `points.${key}` : `comments.${key}`);
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const sheet: ScoreSheet = {
      points: Object.fromEntries(criteria.map((criterion) => [criterion.key, parsePoints(rows[criterion.key].points)])),
      comments: Object.fromEntries(criteria.map((criterion) => [criterion.key, rows[criterion.key].comment.trim()])),
    };
    // The API's rule (whole points within each criterion's maximum, a comment each), in the reader's words.
    const errors: FieldErrors = {};
    for (const field of Object.keys(scoreSheetProblems(item.criteria, sheet))) {
      const [kind, key] = field.split('.');
      const criterion = criteria.find((c) => c.key === key);
      errors[field] = [kind === 'points' ? t('score.errors.points', { max: criterion?.points ?? 0 }) : t('score.errors.comment')];
    }
    if (!form.check(errors)) return;
    mutation.mutate({ itemId: id, ...sheet }, { onSuccess: (saved) => onSaved(saved.myScore ?? sheet), onError: (error) => form.fail(error) });
  }

  return (
    <form className="form score-form" noValidate onSubmit={onSubmit} aria-labelledby={`score-title-${id}`} data-testid={`score-form-${id}`}>
      <h3 id={`score-title-${id}`}>{item.myScore ? t('score.titleAgain') : t('score.title')}</h3>
      <p className="field__hint">{t('score.lead')}</p>
      <ErrorSummary form={form} testId={`score-error-${id}`} />
      {item.criteria.groups.map((group) => {
        const groupMax = group.criteria.reduce((sum, criterion) => sum + criterion.points, 0);
        return (
          <fieldset key={group.key} className="fieldset score-form__group">
            <legend>
              {t('score.groupLegend', { name: group.name, points: formatNumber(groupMax, language), percent: formatPercent(group.passRatio, language) })}
            </legend>
            {group.criteria.map((criterion) => (
              <div key={criterion.key} className="score-form__criterion">
                <TextField
                  id={`score-${id}-${criterion.key}`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={criterion.points}
                  step={1}
                  className="input--short"
                  label={t('score.points', { name: criterion.name, max: criterion.points })}
                  required
                  value={rows[criterion.key]?.points ?? ''}
                  onChange={(e) => set(criterion.key, { points: e.target.value })}
                  errors={form.errors[`points.${criterion.key}`]}
                  data-testid={`score-${id}-${criterion.key}`}
                />
                <TextAreaField
                  id={`comment-${id}-${criterion.key}`}
                  label={t('score.comment', { name: criterion.name })}
                  required
                  rows={2}
                  maxLength={2000}
                  value={rows[criterion.key]?.comment ?? ''}
                  onChange={(e) => set(criterion.key, { comment: e.target.value })}
                  errors={form.errors[`comments.${criterion.key}`]}
                  data-testid={`comment-${id}-${criterion.key}`}
                />
              </div>
            ))}
          </fieldset>
        );
      })}
      <p className="score-form__total" aria-live="polite" data-testid={`score-total-${id}`}>
        {t('score.total', { total: formatNumber(total, language), max: formatNumber(max, language), passMark: formatNumber(item.criteria.passMark, language) })}
      </p>
      <button type="submit" className="button" data-testid={`score-submit-${id}`} aria-disabled={mutation.isPending || undefined}>
        {mutation.isPending ? t('score.saving') : item.myScore ? t('score.saveAgain') : t('score.save')}
      </button>
    </form>
  );
}

/** The member's own saved sheet (only theirs: others' scores stay hidden until the item closes). */
export function SavedScore({ item, sheet, testId }: { item: AgendaItemView; sheet: ScoreSheet; testId: string }) {
  const { t, i18n } = useTranslation('committee');
  const language = i18n.language;
  const criteria = item.criteria.groups.flatMap((group) => group.criteria);
  const total = criteria.reduce((sum, criterion) => sum + (sheet.points[criterion.key] ?? 0), 0);
  return (
    <div className="alert alert--success saved-score" role="status" data-testid={testId}>
      <p className="alert__title">{t('score.saved', { total: formatNumber(total, language), max: formatNumber(criteriaTotal(item.criteria), language) })}</p>
      <ul className="saved-score__list">
        {criteria.map((criterion) => (
          <li key={criterion.key}>
            {t('score.savedLine', {
              name: criterion.name,
              points: formatNumber(sheet.points[criterion.key] ?? 0, language),
              max: criterion.points,
              comment: sheet.comments[criterion.key] ?? '',
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
