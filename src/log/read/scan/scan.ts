/**
 * Reads the fields of one log line without building an object. The text is the
 * file's bytes decoded as latin1, so offsets are byte offsets and ASCII reads as
 * itself. Lines exactly as the writer makes them take the fast path; anything
 * else (escapes, spaces, other numbers, non-ASCII text) goes through JSON.parse,
 * so what counts as readable is what JSON says, never a guess.
 */
import type { LineFields } from './fields.js';
import { scanFlat } from './flat.js';
import { fromParsed } from './parsed.js';

/**
 * Fills `out` from the line `s[a..b)`, whose bytes are `bytes[a..b)`. Returns
 * false when the line is not a JSON object.
 */
export function scanLine(s: string, a: number, b: number, out: LineFields, bytes: Buffer): boolean {
  out.reset();
  if (scanFlat(s, a, b, out)) return true;
  out.reset();
  // A JSON object starts with `{` after any white space: without one, no parse is
  // needed to say no (10 million empty lines cost as many thrown errors otherwise).
  let i = a;
  while (i < b && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9 || s.charCodeAt(i) === 13)) {
    i++;
  }
  if (i === b || s.charCodeAt(i) !== 123) return false;
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8', a, b));
  } catch {
    return false;
  }
  return fromParsed(value, out);
}
