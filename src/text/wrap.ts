/**
 * Line breaking by display width. The screen wraps every line itself: a line the
 * terminal wraps on its own leaves ghost rows behind on the next redraw. Input is
 * plain text (style lines after wrapping them).
 */
import { charWidth, displayWidth } from './width.js';

const ELLIPSIS = '…';
// Made on first use: building a segmenter loads ICU data (milliseconds), and only
// words wider than the window need one.
let graphemeSegmenter: Intl.Segmenter | undefined;

/** Grapheme clusters: a Bengali conjunct or an emoji sequence stays whole. */
export function graphemes(text: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
}

/** Pieces of at most `width` columns. A cluster wider than that (a long run of
 * spacing marks) is cut between code points; a lone wide character in a one-column
 * width is the only piece that can exceed it. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  const add = (unit: string, unitWidth: number) => {
    if (used + unitWidth > width && piece !== '') {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += unit;
    used += unitWidth;
  };
  for (const cluster of graphemes(word)) {
    const clusterWidth = displayWidth(cluster);
    if (clusterWidth <= width) add(cluster, clusterWidth);
    else for (const char of cluster) add(char, charWidth(char.codePointAt(0) as number));
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Wraps at spaces so that line `i` fits `widthOf(i)` columns; words longer than a
 * line are broken between grapheme clusters. Runs of spaces collapse to one; each
 * `\n` starts a new line.
 */
export function wrapLines(text: string, widthOf: (line: number) => number): string[] {
  const lines: string[] = [];
  const widthNow = () => Math.max(1, Math.floor(widthOf(lines.length)));
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const word of paragraph.split(' ')) {
      if (word === '') continue;
      const wordWidth = displayWidth(word);
      if (line !== '' && used + 1 + wordWidth <= widthNow()) {
        line += ` ${word}`;
        used += 1 + wordWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      used = wordWidth;
      while (used > widthNow()) {
        const [first, ...rest] = breakWord(line, widthNow());
        if (rest.length === 0) break;
        lines.push(first as string);
        line = rest.join('');
        used = displayWidth(line);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Lines of at most `columns` columns (see `wrapLines`). */
export function wrapText(text: string, columns: number): string[] {
  return wrapLines(text, () => columns);
}

/** The text cut to `columns` columns, ending with an ellipsis when it was cut. */
export function truncate(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  if (columns < 1) return '';
  let out = '';
  let used = 0;
  for (const cluster of graphemes(text)) {
    const clusterWidth = displayWidth(cluster);
    if (used + clusterWidth > columns - 1) break;
    out += cluster;
    used += clusterWidth;
  }
  return out + ELLIPSIS;
}

/** The text followed by spaces up to `columns` columns (escape sequences count 0). */
export function padEnd(text: string, columns: number): string {
  const missing = columns - displayWidth(text);
  return missing > 0 ? text + ' '.repeat(missing) : text;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: splitting at escape sequences is the point
const ESCAPES = /(\x1b\[[0-?]*[ -/]*[@-~])/;

/**
 * A styled line cut to `columns` columns, keeping its escape sequences (and
 * closing them with a reset when it was cut): the last guard of the screen's width.
 */
export function clipStyled(line: string, columns: number): string {
  if (displayWidth(line) <= columns) return line;
  let out = '';
  let used = 0;
  let styled = false;
  for (const part of line.split(ESCAPES)) {
    if (part.startsWith('\x1b')) {
      out += part;
      styled = true;
      continue;
    }
    for (const cluster of graphemes(part)) {
      const width = displayWidth(cluster);
      if (used + width > columns) return styled ? `${out}\x1b[0m` : out;
      out += cluster;
      used += width;
    }
  }
  return out;
}
