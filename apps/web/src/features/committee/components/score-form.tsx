import { criteriaTotal, SCORE_COMMENT_RULE, scorePointsRule, scoreSheetProblems, type AgendaItemView, type Criterion, type ScoreSheet } from '@inno/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { NumberField, TextAreaField } from '../../../components/field';
import { formatNumber, formatPercent } from '../../../lib/format';
import { typedWholeNumber, useRulesForm } from '../../../lib/rules-form';
import { useSaveScore } from '../api/save-score';

/** The sheet as typed: points and comments by criterion key, field names as the API's (`points.<key>`). */
interface SheetValues {
  points: Record<string, string>;
  comments: Record<string, string>;
}

function toSheet(criteria: readonly Criterion[], values: SheetValues): ScoreSheet {
  return {
    points: Object.fromEntries(criteria.map((criterion) => [criterion.key, typedWholeNumber(values.points?.[criterion.key] ?? '')!])),
    comments: Object.fromEntries(criteria.map((criterion) => [criterion.key, (values.comments?.[criterion.key] ?? '').trim()])),
  };
}

/**
 * A member's score sheet: one number per criterion within its points, a
 * comment for each, and the running total. Saving again replaces the sheet
 * until the chair closes the item. Checked by the API's own rule (`scoreSheetProblems`).
 */
export function ScoreForm({ item, onSaved }: { item: AgendaItemView; onSaved: (sheet: ScoreSheet) => void }) {
  const { t, i18n } = useTranslation('committee');
  const language = i18n.language;
  const criteria = useMemo(() => item.criteria.groups.flatMap((group) => group.criteria), [item.criteria]);
  const fields = useMemo(() => criteria.flatMap((criterion) => [`points.${criterion.key}`, `comments.${criterion.key}`]), [criteria]);
  const form = useRulesForm<SheetValues>({
    defaultValues: {
      points: Object.fromEntries(criteria.map((c) => [c.key, item.myScore?.points[c.key] === undefined ? '' : String(item.myScore.points[c.key])])),
      comments: Object.fromEntries(criteria.map((c) => [c.key, item.myScore?.comments[c.key] ?? ''])),
    },
    fields,
    check: (values) => scoreSheetProblems(item.criteria, toSheet(criteria, values)),
  });
  const mutation = useSaveScore();
  const id = item.id;
  const max = criteriaTotal(item.criteria);
  const typed = toSheet(criteria, form.hook.watch());
  const total = criteria.reduce((sum, criterion) => {
    const points = typed.points[criterion.key];
    return sum + (points !== undefined && points <= criterion.points ? points : 0);
  }, 0);

  const onSubmit = form.submit((values) => {
    if (mutation.isPending) return;
    const sheet = toSheet(criteria, values);
    mutation.mutate({ itemId: id, ...sheet }, { onSuccess: (saved) => onSaved(saved.myScore ?? sheet), onError: (error) => form.fail(error) });
  });

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
                <NumberField
                  id={`score-${id}-${criterion.key}`}
                  rule={scorePointsRule(criterion)}
                  className="input--short"
                  label={t('score.points', { name: criterion.name, max: criterion.points })}
                  required
                  {...form.field(`points.${criterion.key}`)}
                  data-testid={`score-${id}-${criterion.key}`}
                />
                <TextAreaField
                  id={`comment-${id}-${criterion.key}`}
                  label={t('score.comment', { name: criterion.name })}
                  required
                  rows={2}
                  maxLength={SCORE_COMMENT_RULE.max}
                  {...form.field(`comments.${criterion.key}`)}
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
