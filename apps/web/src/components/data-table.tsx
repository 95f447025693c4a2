import type { ReactNode } from 'react';

/** One column: its header, and what each row shows in it. */
export interface Column<Row> {
  /** Stable key (React's, and `data-column` for styling). */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The row's name (a `th scope="row"`), read first by a screen reader moving along the row. */
  rowHeader?: boolean;
  /** Figures: right-aligned, tabular. */
  numeric?: boolean;
  className?: string;
}

export interface DataTableProps<Row> {
  /** Said to screen readers only; the page's heading names the table for everyone else. */
  caption: ReactNode;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** What an empty table says, in one row across every column. */
  empty: ReactNode;
  testId?: string;
  rowTestId?: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  /** The row the page is about (e.g. the record shown below the list). */
  rowIsCurrent?: (row: Row) => boolean;
}

/** The platform's list table: a hidden caption, column headers, a row header per row, and an empty row. */
export function DataTable<Row>({ caption, columns, rows, rowKey, empty, testId, rowTestId, rowClassName, rowIsCurrent }: DataTableProps<Row>) {
  return (
    <div className="table-wrap">
      <table className="table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table__empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} data-testid={rowTestId?.(row)} className={rowClassName?.(row)} aria-current={rowIsCurrent?.(row) ? 'true' : undefined}>
                {columns.map((column) => {
                  const className = [column.numeric ? 'numeric' : '', column.className ?? ''].join(' ').trim() || undefined;
                  return column.rowHeader ? (
                    <th key={column.key} scope="row" className={className}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={className}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
