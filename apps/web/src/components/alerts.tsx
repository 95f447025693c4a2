import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiRequestError } from '../lib/api-client';
import { useMessageText } from '../lib/messages';

/** A form- or page-level error, announced when it appears. */
export function ErrorAlert({ title, messages, requestId, testId = 'form-error' }: {
  title: string;
  messages?: string[];
  requestId?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error" role="alert" data-testid={testId}>
      <p className="alert__title">{title}</p>
      {messages?.filter((m) => m && m !== title).map((message) => (
        <p key={message}>{message}</p>
      ))}
      {requestId ? <p className="alert__meta">{t('errors.requestId', { id: requestId })}</p> : null}
    </div>
  );
}

/** Success or progress news, read politely. */
export function StatusMessage({ children, testId = 'form-status' }: { children: ReactNode; testId?: string }) {
  return (
    <p className="alert alert--success" role="status" data-testid={testId}>
      {children}
    </p>
  );
}

/** The message of an error from a query, with a retry; `title` words it for the page, the API's message then follows. */
export function QueryError({ error, onRetry, title, testId = 'query-error' }: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { wordError } = useMessageText();
  const apiError = isApiRequestError(error) ? error : null;
  const message = apiError ? wordError(apiError.body) : t('errors.network');
  return (
    <div className="alert alert--error" role="alert" data-testid={testId}>
      <p className="alert__title">{title ?? message}</p>
      {title && message !== title ? <p>{message}</p> : null}
      {apiError?.body.requestId ? <p className="alert__meta">{t('errors.requestId', { id: apiError.body.requestId })}</p> : null}
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * A record that cannot be shown: gone or not the caller's to see (404), or asked for by an
 * address whose id cannot name a record (the API's 400 on the path's id only, e.g. /products/not-a-uuid).
 */
export function isRecordNotFound(error: unknown): boolean {
  if (!isApiRequestError(error)) return false;
  if (error.status === 404) return true;
  const fields = Object.keys(error.body.details ?? {});
  return error.status === 400 && fields.length > 0 && fields.every((field) => /^(id|[a-z]+Id)$/.test(field));
}

/** A record's query that failed: `notFound` when there is no such record (see isRecordNotFound), otherwise the error with a retry. */
export function LoadFailure({ query, notFound }: { query: { error: unknown; refetch: () => unknown }; notFound: ReactNode }) {
  return isRecordNotFound(query.error) ? <>{notFound}</> : <QueryError error={query.error} onRetry={() => void query.refetch()} />;
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}
