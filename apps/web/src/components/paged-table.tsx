import type { Page } from '@inno/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Loading, QueryError } from './alerts';
import { DataTable, type DataTableProps } from './data-table';
import { Pagination } from './pagination';

/** A page of records from the API: loading, its error with a retry, then the table and the pages. */
export function PagedTable<Row>({ query, onPage, ...table }: { query: UseQueryResult<Page<Row>>; onPage: (page: number) => void } & Omit<DataTableProps<Row>, 'rows'>) {
  return (
    <>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <div aria-busy={query.isFetching || undefined}>
          <DataTable {...table} rows={query.data.items} />
          <Pagination page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onChange={onPage} />
        </div>
      ) : null}
    </>
  );
}
