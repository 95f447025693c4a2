import type { ImportJobView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format';
import { formatKoreaDateTime } from '../../../lib/korea-time';

export function ImportsTable({ jobs, currentId }: { jobs: ImportJobView[]; currentId?: string }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <div className="table-wrap">
      <table className="table" data-testid="imports-table">
        <caption className="visually-hidden">{t('imports.historyTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.fileName')}</th>
            <th scope="col">{t('imports.startedAt')}</th>
            <th scope="col">{t('imports.status')}</th>
            <th scope="col">{t('imports.imported')}</th>
            <th scope="col">{t('imports.errorCount')}</th>
            <th scope="col">{t('imports.details')}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.length === 0 ? (
            <tr>
              <td colSpan={6} className="table__empty">
                {t('imports.historyEmpty')}
              </td>
            </tr>
          ) : (
            jobs.map((job) => (
              <tr key={job.id} data-testid={`import-row-${job.id}`} aria-current={job.id === currentId ? 'true' : undefined}>
                <th scope="row">{job.fileName}</th>
                <td>
                  <time dateTime={job.startedAt}>{formatKoreaDateTime(job.startedAt, i18n.language)}</time>
                </td>
                <td>
                  <span className={`badge badge--import-${job.status.toLowerCase()}`}>{t(`importStatus.${job.status}`)}</span>
                </td>
                <td>{t('imports.importedOf', { imported: n(job.importedRows), total: n(job.totalRows) })}</td>
                <td>{n(job.errors.length)}</td>
                <td>
                  <Link to={`?${new URLSearchParams({ job: job.id })}`} aria-label={t('imports.viewLabel', { name: job.fileName })}>
                    {t('imports.view')}
                  </Link>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
