import type { PilotPlanView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/alerts';
import { describeFormFailure, type FormAlert } from '../../../lib/api-errors';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { usePublishPlanResults } from '../api/publish-plan-results';
import { usePilotsTranslation } from './pilots-i18n';

/** Publishing the matching results, once the survey has closed (the API refuses with 409 before). */
export function PublishPanel({ plan }: { plan: PilotPlanView }) {
  const { t, i18n } = usePilotsTranslation();
  const { t: tc } = useTranslation();
  const mutation = usePublishPlanResults();
  const [alert, setAlert] = useState<FormAlert | null>(null);

  const publish = () => {
    if (mutation.isPending) return;
    setAlert(null);
    mutation.mutate(plan.id, { onError: (error) => setAlert(describeFormFailure(error, tc, []).alert) });
  };

  return (
    <section className="card" aria-labelledby="publish-title" data-testid="publish-panel">
      <h2 id="publish-title">{t('publish.title')}</h2>
      {plan.published ? (
        <StatusMessage testId="plan-published">
          {t('publish.done')} <Link to={`/pilots/plans/${plan.id}`}>{t('publish.viewPublic')}</Link>
        </StatusMessage>
      ) : (
        <>
          <p id="publish-hint" className="muted">
            {plan.surveyOpen
              ? t('publish.whileOpen', { date: formatKoreaDateTime(plan.surveyClosesAt, i18n.language) })
              : t('publish.lead')}
          </p>
          {alert ? <ErrorAlert {...alert} testId="publish-error" /> : null}
          <button
            type="button"
            className="button"
            data-testid="plan-publish"
            aria-describedby="publish-hint"
            aria-disabled={mutation.isPending || undefined}
            onClick={publish}
          >
            {mutation.isPending ? t('publish.publishing') : t('publish.publish')}
          </button>
        </>
      )}
    </section>
  );
}
