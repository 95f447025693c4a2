import { saveBlob } from '../../../lib/files';

export type Cell = string | number | null;

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; lines end CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const field = (value: Cell) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The figures as a CSV file, with a byte-order mark so spreadsheet programs read the Korean as UTF-8. */
export function downloadCsv(name: string, header: readonly string[], rows: readonly (readonly Cell[])[]): void {
  saveBlob(new Blob(['\uFEFF', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), name);
}
