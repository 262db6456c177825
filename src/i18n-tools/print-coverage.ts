/**
 * `coach i18n` as text: the matrix of scripts × locales (each cell
 * translated/missing/stale), a total line, a legend, then each missing or stale
 * translation of a promised locale as `file:line:col`, and a summary.
 */
import type { ChalkInstance } from 'chalk';
import { formatNumber, t } from '../i18n/index.js';
import { sanitizeLine } from '../text/sanitize.js';
import { displayWidth } from '../text/width.js';
import type { Coverage, CoverageFinding } from './coverage.js';
import type { Cell } from './states.js';

const n = (value: number) => formatNumber(value);

function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.isSource) return `${n(cell.translated)}*`;
  const text = `${n(cell.translated)}/${n(cell.missing)}/${n(cell.stale)}`;
  return cell.promised ? text : `(${text})`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

export function findingLine(f: CoverageFinding, paint: ChalkInstance): string {
  const where = paint.bold(`${sanitizeLine(f.file)}:${f.line}:${f.col}:`);
  const label =
    f.state === 'missing'
      ? paint.red(t(`i18n.state.${f.state}`))
      : paint.yellow(t(`i18n.state.${f.state}`));
  const message = t(`i18n.coverage.finding.${f.state}`, { locale: f.locale, key: f.key });
  return `${where} ${label} ${sanitizeLine(message)}`;
}

export function coverageText(coverage: Coverage, paint: ChalkInstance): string {
  const head = [t('i18n.coverage.script'), ...coverage.locales];
  const body = coverage.rows.map((row) => [
    sanitizeLine(row.id || row.file),
    ...coverage.locales.map((l) => cellText(row.cells[l])),
  ]);
  const total = [
    t('i18n.coverage.total'),
    ...coverage.locales.map((l) => {
      const c = coverage.totals[l];
      return c ? `${n(c.translated)}/${n(c.missing)}/${n(c.stale)}` : '';
    }),
  ];
  const lines = table([head, ...body, total]);
  const out = [paint.bold(lines[0] ?? ''), ...lines.slice(1, -1), paint.bold(lines.at(-1) ?? '')];
  out.push(paint.dim(t('i18n.coverage.legend')));
  const findings = coverage.findings;
  if (findings.length > 0) out.push('', ...findings.map((f) => findingLine(f, paint)));
  const missing = findings.filter((f) => f.state === 'missing').length;
  const stale = findings.length - missing;
  const summary = [
    ...(missing > 0 ? [t('i18n.coverage.summaryMissing', { count: missing })] : []),
    ...(stale > 0 ? [t('i18n.coverage.summaryStale', { count: stale })] : []),
  ];
  out.push('', summary.length === 0 ? paint.green(t('i18n.coverage.complete')) : summary.join(' '));
  if (stale > 0) out.push(paint.dim(t('i18n.coverage.staleHint')));
  return `${out.join('\n')}\n`;
}
