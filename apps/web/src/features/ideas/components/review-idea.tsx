import { IdeaAction, IdeaRoute, type IdeaView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/alerts';
import { SelectField, TextField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useArchiveIdea } from '../api/archive-idea';
import { useHideIdea } from '../api/hide-idea';
import { useScoreIdea } from '../api/score-idea';
import { useSelectIdea } from '../api/select-idea';

const INCUBATION_FIELDS = ['ownerInstitutionId', 'ownerTeam', 'goal', 'dueOn'] as const;
const FIELDS = ['innovativeness', 'socialImpact', 'procurementFit', 'route', 'institutionId', 'field', 'reason', 'incubation', ...INCUBATION_FIELDS.map((f) => `incubation.${f}` as const)] as const;
const SCORES = ['innovativeness', 'socialImpact', 'procurementFit'] as const;

/** One idea in the operator's monthly review: score it, then select it (into a challenge or incubation) or archive it. */
export function ReviewIdea({ idea }: { idea: IdeaView }) {
  const { t } = useTranslation('ideas');
  const form = useFormErrors(FIELDS);
  const score = useScoreIdea();
  const select = useSelectIdea();
  const archive = useArchiveIdea();
  const hide = useHideIdea();
  const [values, setValues] = useState({
    innovativeness: String(idea.scores?.innovativeness ?? 3),
    socialImpact: String(idea.scores?.socialImpact ?? 3),
    procurementFit: String(idea.scores?.procurementFit ?? 3),
    route: IdeaRoute.CHALLENGE as IdeaRoute,
    institutionId: '',
    field: '',
    reason: '',
    ownerInstitutionId: '',
    ownerTeam: '',
    goal: '',
    dueOn: '',
  });
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));
  const can = (action: IdeaAction) => idea.availableActions.includes(action);
  const onError = (error: unknown) => form.fail(error);
  const prefix = `idea-${idea.id}`;

  return (
    <li className="card" data-testid="review-idea">
      <h3>{idea.title}</h3>
      <p>
        <span className="badge" data-testid="review-idea-status">
          {t(`status.${idea.status}`)}
        </span>{' '}
        {t('list.supports', { count: idea.supportCount })}
      </p>
      {idea.hidden ? <p className="muted">{t('review.hidden', { reason: idea.hidden.reason })}</p> : null}
      <p>{idea.problem}</p>
      {idea.outcome ? <p>{t('list.outcome', { reason: idea.outcome.reason })}</p> : null}
      {form.alert ? <ErrorAlert title={form.alert.title} messages={form.alert.messages} requestId={form.alert.requestId} /> : null}
      {can(IdeaAction.SCORE) ? (
        <fieldset>
          <legend>{t('review.saveScores')}</legend>
          {SCORES.map((key) => (
            <TextField key={key} id={`${prefix}-${key}`} type="number" min={1} max={5} label={t(`review.${key}`)} value={values[key]} onChange={set(key)} errors={form.errors[key]} />
          ))}
          <button type="button" disabled={score.isPending} onClick={() => score.mutate({ id: idea.id, innovativeness: Number(values.innovativeness), socialImpact: Number(values.socialImpact), procurementFit: Number(values.procurementFit) }, { onError })}>
            {t('review.saveScores')}
          </button>
        </fieldset>
      ) : null}
      {can(IdeaAction.SELECT) || can(IdeaAction.ARCHIVE) ? (
        <fieldset>
          <legend>{t('review.select')}</legend>
          <SelectField id={`${prefix}-route`} label={t('review.route')} value={values.route} onChange={set('route')} errors={form.errors.route}>
            {Object.values(IdeaRoute).map((route) => (
              <option key={route} value={route}>
                {t(`route.${route}`)}
              </option>
            ))}
          </SelectField>
          {values.route === IdeaRoute.CHALLENGE ? (
            <>
              <TextField id={`${prefix}-institution`} label={t('review.institution')} value={values.institutionId} onChange={set('institutionId')} errors={form.errors.institutionId} />
              <TextField id={`${prefix}-field`} label={t('review.field')} value={values.field} onChange={set('field')} errors={form.errors.field} />
            </>
          ) : (
            <>
              <TextField id={`${prefix}-owner-institution`} label={t('review.incubationOwnerInstitution')} value={values.ownerInstitutionId} onChange={set('ownerInstitutionId')} errors={form.errors['incubation.ownerInstitutionId']} />
              <TextField id={`${prefix}-owner-team`} label={t('review.incubationOwnerTeam')} value={values.ownerTeam} onChange={set('ownerTeam')} errors={form.errors['incubation.ownerTeam'] ?? form.errors.incubation} />
              <TextField id={`${prefix}-goal`} label={t('review.incubationGoal')} required value={values.goal} onChange={set('goal')} errors={form.errors['incubation.goal']} />
              <TextField id={`${prefix}-due`} type="date" label={t('review.incubationDueOn')} required value={values.dueOn} onChange={set('dueOn')} errors={form.errors['incubation.dueOn']} />
            </>
          )}
          <TextField id={`${prefix}-reason`} label={t('review.reason')} required value={values.reason} onChange={set('reason')} errors={form.errors.reason} />
          <div className="button-row">
            <button
              type="button"
              disabled={select.isPending}
              data-testid="select-idea"
              onClick={() =>
                select.mutate(
                  {
                    id: idea.id,
                    route: values.route,
                    reason: values.reason,
                    ...(values.route === IdeaRoute.CHALLENGE
                      ? { institutionId: values.institutionId || undefined, field: values.field || undefined }
                      : { incubation: { ownerInstitutionId: values.ownerInstitutionId || undefined, ownerTeam: values.ownerTeam || undefined, goal: values.goal, dueOn: values.dueOn } }),
                  },
                  { onError },
                )
              }
            >
              {t('review.select')}
            </button>
            <button type="button" disabled={archive.isPending} onClick={() => archive.mutate({ id: idea.id, reason: values.reason }, { onError })}>
              {t('review.archive')}
            </button>
          </div>
        </fieldset>
      ) : null}
      {!idea.hidden ? (
        <button type="button" disabled={hide.isPending} onClick={() => hide.mutate({ id: idea.id, reason: values.reason }, { onError })}>
          {t('review.hide')}
        </button>
      ) : null}
    </li>
  );
}
