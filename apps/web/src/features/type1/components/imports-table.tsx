import type { ImportJobView } from '@inno/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { DataTable } from '../../../components/data-table';

export function ImportsTable({ jobs, currentId }: { jobs: ImportJobView[]; currentId?: string }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <DataTable
      caption={t('imports.historyTitle')}
      testId="imports-table"
      rows={jobs}
      rowKey={(job) => job.id}
      rowTestId={(job) => `import-row-${job.id}`}
      rowIsCurrent={(job) => job.id === currentId}
      empty={t('imports.historyEmpty')}
      columns={[
        { key: 'fileName', header: t('imports.fileName'), rowHeader: true, cell: (job) => job.fileName },
        { key: 'startedAt', header: t('imports.startedAt'), cell: (job) => <time dateTime={job.startedAt}>{formatKoreaDateTime(job.startedAt, i18n.language)}</time> },
        {
          key: 'status',
          header: t('imports.status'),
          cell: (job) => <span className={`badge badge--import-${job.status.toLowerCase()}`}>{t(`importStatus.${job.status}`)}</span>,
        },
        { key: 'imported', header: t('imports.imported'), cell: (job) => t('imports.importedOf', { imported: n(job.importedRows), total: n(job.totalRows) }) },
        { key: 'errors', header: t('imports.errorCount'), cell: (job) => n(job.errors.length) },
        {
          key: 'details',
          header: t('imports.details'),
          cell: (job) => (
            <Link to={`?${new URLSearchParams({ job: job.id })}`} aria-label={t('imports.viewLabel', { name: job.fileName })}>
              {t('imports.view')}
            </Link>
          ),
        },
      ]}
    />
  );
}
