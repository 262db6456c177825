/**
 * `--format table`: the main table for a terminal, columns aligned by display
 * width (Bengali and wide text included), numbers right-aligned, every text from
 * the logs stripped of control characters, then a few summary lines.
 */
import type { ChalkInstance } from 'chalk';
import type { Locale } from '../../i18n/index.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { displayWidth } from '../../text/width.js';
import type { Dimension, Report } from '../types.js';
import { isTextKind, tableFor } from './columns.js';
import { summaryOf } from './summary.js';
import { valueFormatter } from './values.js';

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

export function formatTable(
  report: Report,
  by: Dimension,
  lng: Locale,
  paint: ChalkInstance,
): string {
  const f = valueFormatter(lng);
  const { t } = f;
  const { columns, rows } = tableFor(report, by, f.reason);
  const header = columns.map((c) => sanitizeLine(t(`report.columns.${c.name}`)));
  const body = rows.map((row) => columns.map((c) => sanitizeLine(f.format(c.kind, c.get(row)))));
  const widths = columns.map((_, i) =>
    Math.max(displayWidth(header[i] as string), ...body.map((r) => displayWidth(r[i] as string))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] as number, !isTextKind(columns[i]?.kind ?? 'text')))
      .join('  ')
      .trimEnd();
  const out = [paint.bold(line(header)), ...body.map(line)];
  if (rows.length === 0) out.push(t('report.empty'));
  const summary = summaryOf(report, f);
  out.push('', summary.sessions, paint.bold(summary.outcomes), summary.statuses);
  if (summary.skippedLines !== undefined) out.push(paint.yellow(summary.skippedLines));
  const files = report.skippedFiles;
  const skippedFiles = files.notSessionLog + files.newerVersion + files.unreadable;
  if (skippedFiles > 0) {
    out.push(paint.yellow(t('report.summary.skippedFiles', { count: skippedFiles })));
  }
  return `${out.join('\n')}\n`;
}
