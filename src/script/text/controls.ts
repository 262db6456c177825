/**
 * Characters a script's text may not hold. Control characters (C0 but tab and line
 * feed, DEL, C1) would be run by a terminal instead of shown, and bidirectional
 * overrides and isolates make a line read as something else: exactly what
 * src/text/sanitize.ts removes from output (its UNSAFE_CHARACTERS). A text shown on
 * one line may not break inside either.
 */

import { UNSAFE_CHARACTERS } from '../../text/sanitize.js';

const REFUSED = new RegExp(`[${UNSAFE_CHARACTERS}]`);
const LINE_BREAK = /[\n\u2028\u2029]/;

export type RefusedKind = 'control' | 'bidi' | 'lineBreak';

export interface RefusedCharacter {
  readonly kind: RefusedKind;
  /** `U+001B`. */
  readonly codePoint: string;
}

/**
 * The first character of `text` that it may not hold, or undefined. `oneLine`: a
 * text shown on one line, where a line break is refused too unless only white
 * space follows it (the last line break a YAML block scalar keeps).
 */
export function refusedCharacter(text: string, oneLine: boolean): RefusedCharacter | undefined {
  const found = REFUSED.exec(text);
  if (found) {
    const code = found[0].charCodeAt(0);
    const kind = code >= 0x202a ? 'bidi' : 'control';
    return { kind, codePoint: codePointName(code) };
  }
  if (!oneLine) return undefined;
  const lineBreak = LINE_BREAK.exec(text);
  if (!lineBreak || text.slice(lineBreak.index).trim() === '') return undefined;
  const code = lineBreak[0].charCodeAt(0);
  return { kind: 'lineBreak', codePoint: codePointName(code) };
}

function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

const ESCAPES: Readonly<Record<number, string>> = {
  0: '0',
  7: 'a',
  8: 'b',
  10: 'n',
  11: 'v',
  12: 'f',
  13: 'r',
  27: 'e',
  133: 'N',
  8232: 'L',
  8233: 'P',
};

/**
 * How the character can be written in the file: as itself, or as one of the
 * escapes of a double-quoted YAML scalar (`\e`, `\x1b`, `\u001B`…), never after an
 * escaped backslash. Where to point for a refused character.
 */
export function writtenAs(codePoint: string): RegExp {
  const code = Number.parseInt(codePoint.slice(2), 16);
  const hex = (digits: number) =>
    code
      .toString(16)
      .padStart(digits, '0')
      .split('')
      .map((d) => (/[a-f]/.test(d) ? `[${d}${d.toUpperCase()}]` : d))
      .join('');
  const forms = [`\\\\u${hex(4)}`, `\\\\U${hex(8)}`];
  if (code <= 0xff) forms.push(`\\\\x${hex(2)}`);
  const letter = ESCAPES[code];
  if (letter) forms.push(`\\\\${letter}`);
  // A line break is always in the file; only its escape says where the text breaks.
  if (code !== 0x0a) forms.push(`\\u${code.toString(16).padStart(4, '0')}`);
  return new RegExp(`(?<=(?:^|[^\\\\])(?:\\\\\\\\)*)(?:${forms.join('|')})`);
}
