/**
 * The source line under a diagnostic, made safe and measurable for a terminal:
 * control characters dropped (sanitizeLine), tabs expanded to stops, and every
 * column counted in display cells so the caret lands under the right character
 * with wide, combining and Bengali text. Long lines are cut to a window around
 * the caret.
 */
import { sanitizeLine } from '../text/sanitize.js';
import { charWidth } from '../text/width.js';

export interface Excerpt {
  /** The line as it may be printed. */
  readonly text: string;
  /** Display columns before the caret. */
  readonly pad: number;
  /** Display columns the caret and its tildes cover (at least 1). */
  readonly width: number;
}

const TAB_STOP = 4;
const ELLIPSIS = '…';
/** Columns shown before the caret when a long line is cut. */
const LEAD = 20;

interface Cell {
  readonly shown: string;
  /** Display column where the cell starts. */
  readonly col: number;
  readonly width: number;
  /** UTF-16 offset of the character in the raw line. */
  readonly unit: number;
}

function layout(line: string): { cells: Cell[]; total: number } {
  const cells: Cell[] = [];
  let col = 0;
  for (let unit = 0; unit < line.length; ) {
    const codePoint = line.codePointAt(unit) as number;
    const char = String.fromCodePoint(codePoint);
    const shown = char === '\t' ? ' '.repeat(TAB_STOP - (col % TAB_STOP)) : sanitizeLine(char);
    // sanitizeLine turns line separators into a space (width 1) and drops controls.
    const width =
      char === '\t' || shown === ' ' ? shown.length : shown === '' ? 0 : charWidth(codePoint);
    cells.push({ shown, col, width, unit });
    col += width;
    unit += char.length;
  }
  return { cells, total: col };
}

/** Display column of a UTF-16 offset; offsets past the end map to the end of the line. */
function columnAt(cells: readonly Cell[], total: number, unit: number): number {
  for (const cell of cells) if (cell.unit >= unit) return cell.col;
  return total;
}

/**
 * @param raw the line without its line break (a trailing CR is dropped here)
 * @param startCol 1-based UTF-16 column where the range starts
 * @param endCol 1-based UTF-16 column just after the range, when it ends on this line
 */
export function excerptLine(
  raw: string,
  startCol: number,
  endCol?: number,
  maxWidth = 160,
): Excerpt {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const { cells, total } = layout(line);
  const start = columnAt(cells, total, Math.max(0, startCol - 1));
  const end = endCol === undefined ? start : columnAt(cells, total, endCol - 1);
  const width = Math.max(1, end - start);
  if (total <= maxWidth) {
    return { text: cells.map((c) => c.shown).join(''), pad: start, width };
  }
  const from = Math.max(0, Math.min(start - LEAD, total - maxWidth));
  const head = from > 0 ? ELLIPSIS : '';
  // The ellipses take a column each out of the window.
  let to = from + maxWidth - head.length;
  const tail = to < total ? ELLIPSIS : '';
  to -= tail.length;
  const kept = cells.filter((c) => c.col >= from && c.col + c.width <= to);
  const first = kept[0]?.col ?? from;
  const pad = head.length + Math.max(0, start - first);
  return {
    text: head + kept.map((c) => c.shown).join('') + tail,
    pad,
    width: Math.max(1, Math.min(width, to - start)),
  };
}
