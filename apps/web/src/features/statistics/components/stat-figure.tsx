import { lazy, Suspense, type ReactNode } from 'react';
import { downloadCsv, type Cell } from '../lib/csv';
import type { ChartSpec } from './charts';
import { useStatisticsTranslation } from './statistics-i18n';

/** recharts stays in a chunk of its own, fetched after the page's tables are on screen. */
const Chart = lazy(() => import('./charts'));

export interface FigureColumn {
  label: string;
  /** How a number shows in the table (the CSV keeps the plain number). */
  format?: (value: number) => string;
}

export interface FigureRow {
  key: string;
  /** The row's name first (a month, a region, a call), then one value per further column. */
  cells: Cell[];
}

interface StatFigureProps {
  id: string;
  title: string;
  /** A sentence under the title: what is counted and by which date. */
  note?: string;
  columns: FigureColumn[];
  rows: FigureRow[];
  /** The chart: recharts from the rows, or a picture of its own (the region map). */
  chart: Omit<ChartSpec, 'data'> | ReactNode;
  /** The CSV's file name, without the extension. */
  fileName: string;
}

const isSpec = (chart: StatFigureProps['chart']): chart is Omit<ChartSpec, 'data'> =>
  typeof chart === 'object' && chart !== null && 'series' in chart && 'type' in chart;

/**
 * One figure: its chart (a picture, hidden from assistive technology) beside its table (the same
 * numbers, captioned, for screen readers and for reading), and the numbers as a CSV download.
 */
export function StatFigure({ id, title, note, columns, rows, chart, fileName }: StatFigureProps) {
  const { t } = useStatisticsTranslation();
  const titleId = `${id}-title`;
  const show = (value: Cell, column: FigureColumn) => (typeof value === 'number' && column.format ? column.format(value) : (value ?? '–'));
  return (
    <section className="stat-figure card" aria-labelledby={titleId} data-testid={`figure-${id}`}>
      <h3 id={titleId}>{title}</h3>
      {note ? <p className="muted">{note}</p> : null}
      <div className="stat-figure__body">
        <div className="stat-figure__chart" aria-hidden="true">
          {isSpec(chart) ? (
            <Suspense fallback={<div className="stat-figure__placeholder" />}>
              <Chart spec={{ ...chart, data: rows.map((row) => Object.fromEntries([['label', row.cells[0]], ...chart.series.map((s, i) => [s.key, row.cells[s.column ?? i + 1]])])) }} />
            </Suspense>
          ) : (
            chart
          )}
        </div>
        {/* Scrolls when long: focusable and named, so a keyboard can scroll it too. */}
        <div className="table-wrap stat-figure__table" tabIndex={0} role="region" aria-labelledby={titleId}>
          <table className="table table--compact" data-testid={`figure-${id}-table`}>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.label} scope="col">
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((value, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {value}
                      </th>
                    ) : (
                      <td key={i} className="numeric">
                        {show(value, columns[i])}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <p className="button-row">
        <button
          type="button"
          className="button button--secondary"
          data-testid={`figure-${id}-csv`}
          onClick={() => downloadCsv(`${fileName}.csv`, columns.map((c) => c.label), rows.map((row) => row.cells))}
        >
          {t('csv', { title })}
        </button>
      </p>
    </section>
  );
}
