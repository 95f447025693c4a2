import type { TargetRanking } from '@inno/contracts';
import ExcelJS from 'exceljs';

/** The columns of the ranking's export: field names (a data file for spreadsheets, not a page's words). */
const COLUMNS = [
  { key: 'rank', width: 6 },
  { key: 'code', width: 12 },
  { key: 'institution', width: 30 },
  { key: 'type', width: 10 },
  { key: 'sector', width: 14 },
  { key: 'goodsPurchases', width: 20 },
  { key: 'targetRate', width: 10 },
  { key: 'targetAmount', width: 18 },
  { key: 'amount', width: 18 },
  { key: 'attainedRate', width: 12 },
  { key: 'gap', width: 18 },
  { key: 'met', width: 6 },
] as const;

type Row = Record<(typeof COLUMNS)[number]['key'], string | number | boolean>;

const rows = (ranking: TargetRanking): Row[] =>
  ranking.items.map((v) => ({
    rank: v.rank,
    code: v.institution.code,
    institution: v.institution.name,
    type: v.institution.type,
    sector: v.institution.sector,
    goodsPurchases: v.goodsPurchases,
    targetRate: v.targetRate,
    targetAmount: v.targetAmount,
    amount: v.amount,
    attainedRate: v.attainedRate,
    gap: v.gap,
    met: v.met,
  }));

/** A cell as CSV: quoted when it must be, and a leading formula character defused (CSV injection). */
function csvCell(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark, so spreadsheet programs read the Korean names right. */
export function rankingCsv(ranking: TargetRanking): Buffer {
  const lines = [COLUMNS.map((c) => c.key).join(','), ...rows(ranking).map((row) => COLUMNS.map((c) => csvCell(row[c.key])).join(','))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function rankingXlsx(ranking: TargetRanking): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(String(ranking.year));
  sheet.columns = COLUMNS.map((c) => ({ header: c.key, key: c.key, width: c.width }));
  sheet.addRows(rows(ranking));
  sheet.getRow(1).font = { bold: true };
  for (const key of ['goodsPurchases', 'targetAmount', 'amount', 'gap'] as const) sheet.getColumn(key).numFmt = '#,##0';
  for (const key of ['targetRate', 'attainedRate'] as const) sheet.getColumn(key).numFmt = '0.00%';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
