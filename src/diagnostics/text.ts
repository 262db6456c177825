/**
 * A diagnostic as compilers print them:
 *
 *   scripts/returns.yaml:12:7: error UNKNOWN_KEY: unknown key 'colour'
 *      12 |     colour: blue
 *         |     ^~~~~~
 *
 * The location stays machine-readable in every language (editors jump to it);
 * the severity word and the message are localized; the CODE never is.
 */
import type { ChalkInstance } from 'chalk';
import { t } from '../i18n/index.js';
import type { Diagnostic } from '../script/diagnostic.js';
import { sanitizeLine } from '../text/sanitize.js';
import { excerptLine } from './excerpt.js';
import { diagnosticMessage } from './message.js';
import type { SourceLines } from './source-lines.js';

const GUTTER = 5;

function excerptLines(d: Diagnostic, source: SourceLines, paint: ChalkInstance): string[] {
  const raw = source.line(d.start.line);
  if (raw === undefined) return [];
  const sameLine = d.end !== undefined && d.end.line === d.start.line;
  // A range running onto later lines is underlined to the end of its first line.
  const endCol = sameLine ? d.end?.col : d.end ? raw.length + 1 : undefined;
  const { text, pad, width } = excerptLine(raw, d.start.col, endCol);
  const number = String(d.start.line);
  const gutter = paint.dim(` ${number.padStart(GUTTER)} | `);
  const blank = paint.dim(` ${' '.repeat(Math.max(GUTTER, number.length))} | `);
  const mark = d.severity === 'error' ? paint.red : paint.yellow;
  return [
    `${gutter}${text}`,
    `${blank}${' '.repeat(pad)}${mark.bold(`^${'~'.repeat(width - 1)}`)}`,
  ];
}

/** The lines for one diagnostic, each ending in a newline. */
export function formatDiagnostic(
  file: string,
  d: Diagnostic,
  source: SourceLines | undefined,
  paint: ChalkInstance,
): string {
  const where = paint.bold(`${sanitizeLine(file)}:${d.start.line}:${d.start.col}:`);
  const kind = d.severity === 'error' ? paint.red.bold : paint.yellow.bold;
  const message = diagnosticMessage(d);
  const label = kind(`${t(`validate.severity.${d.severity}`)} ${d.code}:`);
  const head = message ? `${where} ${label} ${message}` : `${where} ${label}`;
  const lines = [head, ...(source ? excerptLines(d, source, paint) : [])];
  return `${lines.join('\n')}\n`;
}
