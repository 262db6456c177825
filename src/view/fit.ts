/**
 * Fitting the live screen to the window's height. A screen taller than its window
 * scrolls the terminal: the header and clocks leave the top and every redraw adds
 * a copy to the scrollback. So the screen is built of blocks around one body; the
 * body gets the rows the blocks leave and shows a window onto itself, with a line
 * at either cut saying how much more there is; when even that does not fit, the
 * least needed blocks go first (rules, then the panel's hint, the title, the stage
 * bar, the keys), never the clocks, the panel's question or the text field.
 */
import { truncate } from '../text/wrap.js';
import { paint } from './theme.js';
import type { Translate } from './translate.js';

export interface Block {
  readonly lines: readonly string[];
  /** Blocks with the lowest `drop` go first when rows are short; undefined: never. */
  readonly drop?: number;
}

export interface Fitted {
  readonly lines: string[];
  /** The scroll position as drawn (within the body) and the rows the body had. */
  readonly scroll: number;
  readonly page: number;
}

/** Rows the body keeps before any block is dropped for it. */
const MIN_BODY = 3;

const count = (blocks: readonly Block[]) => blocks.reduce((n, b) => n + b.lines.length, 0);

/** `rows` rows of the body from `scroll`, with a line for what is cut above and below. */
function bodyWindow(
  body: readonly string[],
  rows: number,
  scroll: number,
  columns: number,
  t: Translate,
) {
  if (body.length <= rows) return { lines: [...body], scroll: 0 };
  if (rows < 3) return { lines: body.slice(0, rows), scroll: 0 };
  // At the very end only the line above is needed.
  const top = Math.max(0, Math.min(Math.floor(scroll), body.length - (rows - 1)));
  const above = top > 0 ? 1 : 0;
  const room = rows - above;
  const shown = top + room >= body.length ? room : room - 1;
  const marker = (key: string, n: number) => paint.dim(truncate(t(key, { count: n }), columns));
  const lines = body.slice(top, top + shown);
  if (above) lines.unshift(marker('screen.scroll.above', top));
  if (top + shown < body.length)
    lines.push(marker('screen.scroll.below', body.length - top - shown));
  return { lines, scroll: top };
}

/**
 * `before` and `after` the body, fitted to `rows`: blocks are dropped while the
 * body would have fewer than MIN_BODY rows, then the body gets what is left. With
 * `rows` undefined (plain output, no height) everything is kept.
 */
export function fitScreen(
  parts: { before: Block[]; body: readonly string[]; after: Block[] },
  rows: number | undefined,
  scroll: number,
  context: { columns: number; t: Translate },
): Fitted {
  const { before, body, after } = parts;
  if (rows === undefined) {
    const lines = [...before, { lines: body }, ...after].flatMap((b) => [...b.lines]);
    return { lines, scroll: 0, page: body.length };
  }
  const kept = new Set([...before, ...after]);
  const fixed = () => count([...kept]);
  while (fixed() + Math.min(body.length, MIN_BODY) > rows) {
    const droppable = [...kept].filter((b) => b.drop !== undefined && b.lines.length > 0);
    if (droppable.length === 0) break;
    const least = droppable.reduce((a, b) => ((b.drop as number) < (a.drop as number) ? b : a));
    kept.delete(least);
  }
  const page = Math.max(0, rows - fixed());
  const window = bodyWindow(body, page, scroll, context.columns, context.t);
  const keep = (blocks: Block[]) => blocks.filter((b) => kept.has(b)).flatMap((b) => [...b.lines]);
  const top = keep(before);
  const bottom = keep(after);
  const lines = [...top, ...window.lines, ...bottom];
  // Blocks never dropped can still overflow (a long warning near the minimum size):
  // then the end wins, where the question and the field the agent answers are.
  if (lines.length > rows) lines.splice(0, lines.length - rows);
  return { lines, scroll: window.scroll, page };
}
