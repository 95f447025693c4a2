import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, QueryError } from '../../../components/alerts';
import { TextField } from '../../../components/field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCloseReview } from '../api/close-review';
import { useIdeaReviews } from '../api/get-idea-reviews';
import { useReviewIdeas } from '../api/get-review-ideas';
import { useOpenReview } from '../api/open-review';
import { IncubationTasks } from '../components/incubation-tasks';
import { ReviewIdea } from '../components/review-idea';

/** The month in Korea time, YYYY-MM. */
const thisMonth = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 7);

/** `/operator/ideas` (operator): open a month's review, score, select at most the month's limit, close it; follow the incubation tasks. */
export function OperatorIdeasRoute() {
  const { t } = useTranslation('ideas');
  const reviews = useIdeaReviews();
  const open = useOpenReview();
  const close = useCloseReview();
  const form = useFormErrors(['month', 'reason']);
  const [month, setMonth] = useState(thisMonth());
  const [reason, setReason] = useState('');
  const ideas = useReviewIdeas(month);
  const review = reviews.data?.find((r) => r.month === month) ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate(month, { onError: (error) => form.fail(error) });
  };

  return (
    <section className="page" aria-labelledby="op-ideas-title">
      <h1 id="op-ideas-title">{t('review.title')}</h1>
      {form.alert ? <ErrorAlert title={form.alert.title} messages={form.alert.messages} requestId={form.alert.requestId} /> : null}
      <form onSubmit={submit} noValidate>
        <TextField id="review-month" label={t('review.month')} value={month} onChange={(e) => setMonth(e.target.value)} errors={form.errors.month} />
        {!review ? <button type="submit">{t('review.open')}</button> : null}
      </form>
      {reviews.isError ? <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} /> : null}
      {review ? (
        <p data-testid="review-limit">
          {t(review.status === 'OPEN' ? 'review.statusOPEN' : 'review.statusCLOSED')} · {t('review.limit', { selected: review.selectedCount, max: review.maxSelected })}
        </p>
      ) : null}
      {ideas.isPending && month ? <Loading /> : null}
      {ideas.data ? (
        ideas.data.length === 0 ? (
          <p>{t('review.empty')}</p>
        ) : (
          <ul className="card-list">
            {ideas.data.map((idea) => (
              <ReviewIdea key={idea.id} idea={idea} />
            ))}
          </ul>
        )
      ) : null}
      {review?.status === 'OPEN' ? (
        <div>
          <TextField id="review-close-reason" label={t('review.reason')} value={reason} onChange={(e) => setReason(e.target.value)} errors={form.errors.reason} />
          <button type="button" disabled={close.isPending} onClick={() => close.mutate({ id: review.id, reason }, { onError: (error) => form.fail(error) })}>
            {t('review.close')}
          </button>
        </div>
      ) : null}
      <IncubationTasks />
    </section>
  );
}

export default OperatorIdeasRoute;
