import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/alerts';
import { Pagination } from '../../../components/pagination';
import { useImports } from '../api/get-imports';
import { ImportJob } from '../components/import-job';
import { ImportUploadForm } from '../components/import-upload-form';
import { ImportsTable } from '../components/imports-table';

const PAGE_SIZE = 20;

/** The job being watched is in the address (?job=): a reload keeps following it. */
export function ImportsRoute() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const jobId = search.get('job') ?? undefined;
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const imports = useImports({ page, pageSize: PAGE_SIZE });

  return (
    <section className="page">
      <h1>{t('imports.title')}</h1>
      <p className="page__lead">{t('imports.lead')}</p>
      <p>
        <Link to="/operator/type1">{t('imports.singleLink')}</Link>
      </p>
      <section className="card">
        <ImportUploadForm onStarted={(job) => setSearch(new URLSearchParams({ job: job.id }))} />
      </section>
      {jobId ? <ImportJob key={jobId} id={jobId} /> : null}
      <section aria-labelledby="imports-history-title">
        <h2 id="imports-history-title">{t('imports.historyTitle')}</h2>
        {imports.isPending ? <Loading /> : null}
        {imports.isError ? <QueryError error={imports.error} onRetry={() => void imports.refetch()} /> : null}
        {imports.data ? (
          <div aria-busy={imports.isFetching || undefined}>
            <ImportsTable jobs={imports.data.items} currentId={jobId} />
            <Pagination
              page={imports.data.page}
              pageSize={imports.data.pageSize}
              total={imports.data.total}
              onChange={(target) => {
                const next = new URLSearchParams(search);
                next.set('page', String(target));
                setSearch(next);
              }}
            />
          </div>
        ) : null}
      </section>
    </section>
  );
}
