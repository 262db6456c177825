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
import { tableFor } from './columns.js';
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
  const { columns, rows } = tableFor(report, by, t('report.otherReasons'));
  const header = columns.map((c) => sanitizeLine(t(`report.columns.${c.name}`)));
  const body = rows.map((row) => columns.map((c) => sanitizeLine(f.format(c.kind, c.get(row)))));
  const widths = columns.map((_, i) =>
    Math.max(displayWidth(header[i] as string), ...body.map((r) => displayWidth(r[i] as string))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] as number, columns[i]?.kind !== 'text'))
      .join('  ')
      .trimEnd();
  const out = [paint.bold(line(header)), ...body.map(line)];
  if (rows.length === 0) out.push(t('report.empty'));
  const s = report.sessions;
  out.push(
    '',
    t('report.summary.sessions', { count: s.total }),
    t('report.summary.byStatus', {
      completed: f.format('count', s.byStatus.completed),
      aborted: f.format('count', s.byStatus.aborted),
      interrupted: f.format('count', s.byStatus.interrupted),
    }),
  );
  if (report.unreadableLines > 0) {
    out.push(paint.yellow(t('report.summary.unreadable', { count: report.unreadableLines })));
  }
  const files = report.skippedFiles;
  const skippedFiles = files.notSessionLog + files.newerVersion + files.unreadable;
  if (skippedFiles > 0) {
    out.push(paint.yellow(t('report.summary.skippedFiles', { count: skippedFiles })));
  }
  return `${out.join('\n')}\n`;
}
