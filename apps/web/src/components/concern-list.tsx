import type { ConcernView } from '@inno/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatKoreaDateTime } from '../lib/korea-time';

/**
 * Observers' comments and concerns on a decision, each with its due day and the operator's
 * answer: public, shown with the decision. `actions` adds what the reader may do to one (answer it).
 */
export function ConcernList({ concerns, actions, testId = 'concerns' }: { concerns: ConcernView[]; actions?: (concern: ConcernView) => ReactNode; testId?: string }) {
  const { t, i18n } = useTranslation('observers');
  const language = i18n.language;
  if (concerns.length === 0) {
    return (
      <p className="muted" data-testid={`${testId}-empty`}>
        {t('concerns.empty')}
      </p>
    );
  }
  return (
    <ol className="concern-list" data-testid={testId}>
      {concerns.map((concern) => (
        <li key={concern.id} className="card concern" data-testid={`concern-${concern.id}`} data-status={concern.status} data-overdue={concern.overdue || undefined}>
          <p className="concern__meta">
            <strong>{t(`concerns.kind${concern.kind}`)}</strong> · {t(`concerns.status${concern.status}`)} ·{' '}
            {t('concerns.by', { name: concern.authorName, organisation: concern.organisation })} ·{' '}
            <time dateTime={concern.filedAt}>{t('concerns.filedAt', { date: formatKoreaDateTime(concern.filedAt, language) })}</time>
          </p>
          {concern.answerDueOn ? (
            <p className={concern.overdue ? 'concern__due concern__due--overdue' : 'concern__due muted'} data-testid={`concern-due-${concern.id}`}>
              {t('concerns.due', { date: concern.answerDueOn })}
              {concern.overdue ? <strong> · {t('concerns.overdue')}</strong> : null}
            </p>
          ) : null}
          <p className="concern__body">{concern.body}</p>
          {concern.answer ? (
            <section className="concern__answer" aria-label={t('concerns.answerTitle')} data-testid={`concern-answer-${concern.id}`}>
              <h4>{t('concerns.answerTitle')}</h4>
              <p>{concern.answer}</p>
              <p className="muted">{t('concerns.answeredBy', { name: concern.answeredBy ?? '', date: concern.answeredAt ? formatKoreaDateTime(concern.answeredAt, language) : '' })}</p>
            </section>
          ) : null}
          {actions?.(concern)}
        </li>
      ))}
    </ol>
  );
}
