/**
 * `--format csv`: the main table as RFC 4180 CSV for spreadsheets. Headers are the
 * JSON field names, values are raw (milliseconds, rates from 0 to 1). Text from
 * logs is data: a cell that a spreadsheet would read as a formula (starting with
 * =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe.
 */
import type { Dimension, Report } from '../types.js';
import { type Cell, tableFor } from './columns.js';

const FORMULA = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatCsv(report: Report, by: Dimension): string {
  const { columns, rows } = tableFor(report, by, '');
  const lines = [columns.map((c) => c.name).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.get(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
