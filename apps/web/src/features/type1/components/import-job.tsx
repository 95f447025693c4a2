import { ImportJobStatus, type ImportJobView } from '@inno/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { productsQueryKey } from '../../../api/get-product';
import { Loading, QueryError } from '../../../components/alerts';
import { formatNumber } from '../../../lib/format';
import { useMessageText } from '../../../lib/messages';
import { useImport } from '../api/get-import';
import { importListQueryKey } from '../api/get-imports';

/** One import: a progress bar while it runs, then what was imported and each refused line. */
export function ImportJob({ id }: { id: string }) {
  const { t } = useTranslation();
  const job = useImport(id);
  const queryClient = useQueryClient();
  const status = job.data?.status;
  const wasRunning = useRef(false);

  // When a job we watched running finishes, the list and the catalogue have news.
  useEffect(() => {
    if (status === ImportJobStatus.RUNNING) wasRunning.current = true;
    else if (status && wasRunning.current) {
      wasRunning.current = false;
      void queryClient.invalidateQueries({ queryKey: importListQueryKey });
      void queryClient.invalidateQueries({ queryKey: productsQueryKey });
    }
  }, [status, queryClient]);

  return (
    <section className="card" aria-labelledby="import-job-title" data-testid="import-job" data-status={status}>
      <h2 id="import-job-title">{t('imports.jobTitle', { name: job.data?.fileName ?? '' })}</h2>
      {job.isPending ? <Loading /> : null}
      {job.isError ? <QueryError error={job.error} onRetry={() => void job.refetch()} /> : null}
      {job.data ? <JobState job={job.data} /> : null}
    </section>
  );
}

function JobState({ job }: { job: ImportJobView }) {
  const { t, i18n } = useTranslation();
  const { word } = useMessageText();
  const n = (value: number) => formatNumber(value, i18n.language);
  const running = job.status === ImportJobStatus.RUNNING;

  return (
    <>
      <div className="field">
        <label htmlFor="import-progress">{t('imports.progressLabel')}</label>
        {/* The native element gives the progressbar role and its values; no total yet means indeterminate. */}
        <progress
          id="import-progress"
          data-testid="import-progress"
          max={Math.max(job.totalRows, 1)}
          value={job.totalRows > 0 ? job.processedRows : running ? undefined : 0}
          aria-describedby="import-progress-text"
        />
        <p id="import-progress-text" className="field__hint">
          {job.totalRows > 0
            ? t('imports.progressText', { processed: n(job.processedRows), total: n(job.totalRows) })
            : t('imports.progressCounting')}
        </p>
      </div>

      {running ? null : (
        <div
          className={`alert ${job.status === ImportJobStatus.SUCCEEDED ? 'alert--success' : 'alert--error'}`}
          role={job.status === ImportJobStatus.SUCCEEDED ? 'status' : 'alert'}
          data-testid="import-result"
          data-status={job.status}
        >
          <p className="alert__title">
            {job.status === ImportJobStatus.SUCCEEDED
              ? t('imports.succeeded', { imported: n(job.importedRows), total: n(job.totalRows), errors: n(job.errors.length) })
              : t('imports.failed')}
          </p>
          {job.failureCode ? <p>{word({ code: job.failureCode })}</p> : null}
        </div>
      )}

      {job.errors.length ? (
        <section className="import-errors" aria-labelledby="import-errors-title">
          <h3 id="import-errors-title">{t('imports.errorsTitle', { count: job.errors.length })}</h3>
          <ul className="error-lines" data-testid="import-errors">
            {[...job.errors]
              .sort((a, b) => a.line - b.line)
              .map((error) => (
                <li key={error.line} data-testid={`import-error-line-${error.line}`}>
                  <strong>{t('imports.line', { line: error.line })}</strong>{' '}
                  {error.problems.map((problem, index) => (
                    <span key={index}>
                      {index > 0 ? ' · ' : null}
                      {/* The column as named in the file's header, so the operator finds it there. */}
                      {problem.column ? <code>{problem.column}</code> : null}
                      {problem.column ? ' ' : null}
                      {word(problem)}
                    </span>
                  ))}
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
