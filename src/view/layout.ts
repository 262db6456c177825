/**
 * Building blocks of the screen's layout. Each returns finished lines: wrapped to
 * the width, then painted, so no line ever runs past the right edge.
 */

import { displayWidth } from '../text/width.js';
import { truncate, wrapLines, wrapText } from '../text/wrap.js';
import { highlightPlaceholders, type Paint } from './theme.js';

/** Plain text wrapped to `columns`, each line painted. */
export function paragraph(text: string, columns: number, paint: Paint): string[] {
  return wrapText(text, columns).map((line) => paint(highlightPlaceholders(line)));
}

/**
 * `prefix` then the text, continuation lines indented under the text (or by two
 * columns when the prefix takes more than a third of the width):
 * `Say  Hello, thank you for calling…` / `     Loja Azul.`
 */
export function hanging(
  prefix: string,
  text: string,
  columns: number,
  paintText: Paint,
  paintPrefix: Paint,
): string[] {
  const prefixWidth = displayWidth(prefix);
  if (prefixWidth > columns / 3) {
    const rest = paragraph(text, columns - 2, paintText).map((line) => `  ${line}`);
    return [...paragraph(prefix, columns, paintPrefix), ...rest];
  }
  const indent = ' '.repeat(prefixWidth);
  const lines = wrapLines(text, () => columns - prefixWidth);
  return lines.map(
    (line, i) => (i === 0 ? paintPrefix(prefix) : indent) + paintText(highlightPlaceholders(line)),
  );
}

export interface Token {
  readonly text: string;
  readonly paint: Paint;
}

/** Tokens laid left to right, starting a new line when the next does not fit. */
export function flow(tokens: readonly Token[], columns: number, gap = '  '): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const token of tokens) {
    const text = truncate(token.text, columns);
    const width = displayWidth(text);
    if (used > 0 && used + gap.length + width > columns) {
      lines.push(line);
      line = '';
      used = 0;
    }
    if (used > 0) {
      line += gap;
      used += gap.length;
    }
    line += token.paint(text);
    used += width;
  }
  if (used > 0) lines.push(line);
  return lines;
}

/** Left text and right text on one line when both fit, else on lines of their own. */
export function spread(left: Token, right: Token, columns: number): string[] {
  const leftWidth = displayWidth(left.text);
  const rightWidth = displayWidth(right.text);
  if (leftWidth + 2 + rightWidth <= columns) {
    const gap = ' '.repeat(columns - leftWidth - rightWidth);
    return [left.paint(left.text) + gap + right.paint(right.text)];
  }
  return [
    ...paragraph(left.text, columns, left.paint),
    ...paragraph(right.text, columns, right.paint),
  ];
}

export function rule(columns: number, paint: Paint): string {
  return paint('─'.repeat(Math.max(0, columns)));
}
