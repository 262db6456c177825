/**
 * `--format csv`: the main table as RFC 4180 CSV for spreadsheets. Headers are the
 * JSON field names, values are raw (milliseconds, rates from 0 to 1, stage and
 * skip reason ids as logged). Skip reasons also come as people read them, in the
 * report's language, in `topReasonLabels`. Agents' and scripts' names show their
 * invisible characters (`ana⟨U+200B⟩`), as the table does: in a spreadsheet they
 * are as invisible as on a screen; JSON keeps them raw. Text from logs is data: a
 * cell that a spreadsheet would read as a formula (starting with =, +, -, @, a tab
 * or a carriage return) is prefixed with an apostrophe.
 */
import type { Locale } from '../../i18n/index.js';
import { showInvisible } from '../../text/invisible.js';
import type { Dimension, Report, StepRow } from '../types.js';
import { type Cell, type Column, type ReasonText, reasonsCell, tableFor } from './columns.js';
import { valueFormatter } from './values.js';

const FORMULA = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A reason as the JSON holds it, so the empty one and the gathered rest stay apart. */
const loggedReason: ReasonText = (reason) => JSON.stringify(reason);

export function formatCsv(report: Report, by: Dimension, lng: Locale): string {
  const table = tableFor(report, by, loggedReason);
  const { rows } = table;
  const label = valueFormatter(lng).reason;
  const columns: Column<Record<string, unknown>>[] =
    by === 'step'
      ? [
          ...table.columns,
          {
            name: 'topReasonLabels',
            kind: 'text',
            get: (row) => reasonsCell(row as unknown as StepRow, label),
          },
        ]
      : [...table.columns];
  const cell = (column: Column<Record<string, unknown>>, row: Record<string, unknown>): Cell => {
    const value = column.get(row);
    return column.kind === 'name' && typeof value === 'string' ? showInvisible(value) : value;
  };
  const lines = [columns.map((c) => c.name).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(cell(c, row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
