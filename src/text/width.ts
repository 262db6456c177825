/**
 * Display width as tmux and xterm draw text: one column per code point, none for
 * marks that combine (Mn, Me), format characters (Cf: ZWJ, ZWNJ, …), variation
 * selectors and controls, two for East Asian Wide and Fullwidth. Bengali vowel
 * signs (Mc) take a column of their own, which is why grapheme-based libraries
 * get Bengali lines wrong.
 */
import { isWide } from './east-asian.js';

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;

// Widths are looked up on every redraw: BMP widths are cached in a table (0 = not
// yet known, else width + 1), the rare astral ones in a map.
const bmpCache = new Uint8Array(0x10000);
const astralCache = new Map<number, number>();

function measure(codePoint: number): number {
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) return 0;
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return 0;
  if (ZERO_WIDTH.test(String.fromCodePoint(codePoint))) return 0;
  return isWide(codePoint) ? 2 : 1;
}

/** Columns one code point takes in a terminal: 0, 1 or 2. */
export function charWidth(codePoint: number): number {
  if (codePoint >= 0x20 && codePoint < 0x7f) return 1;
  if (codePoint < 0x10000) {
    const cached = bmpCache[codePoint] ?? 0;
    if (cached !== 0) return cached - 1;
    const width = measure(codePoint);
    bmpCache[codePoint] = width + 1;
    return width;
  }
  let width = astralCache.get(codePoint);
  if (width === undefined) {
    width = measure(codePoint);
    astralCache.set(codePoint, width);
  }
  return width;
}

// CSI sequences (SGR from chalk among them), OSC strings, and two-byte escapes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
const PLAIN = /^[\x20-\x7e]*$/;

/** The text without its terminal escape sequences. */
export function stripAnsi(text: string): string {
  return text.includes('\x1b') ? text.replace(ANSI, '') : text;
}

/** Columns the text takes on one terminal line; escape sequences take none. */
export function displayWidth(text: string): number {
  if (PLAIN.test(text)) return text.length;
  const plain = stripAnsi(text);
  let width = 0;
  for (let i = 0; i < plain.length; i++) {
    const codePoint = plain.codePointAt(i) as number;
    if (codePoint > 0xffff) i++;
    width += charWidth(codePoint);
  }
  return width;
}
