/**
 * Reads the fields a report needs from one log line without building an object.
 * The text is the file's bytes decoded as latin1, so offsets are byte offsets and
 * ASCII reads as itself.
 *
 * The fast path accepts only pure-ASCII lines without escapes or whitespace, with
 * integers as numbers: exactly what the writer produces. Anything else (escapes,
 * spaces, other numbers, non-ASCII text) falls back to JSON.parse, so what counts
 * as readable is what JSON says, never a guess.
 */
import { type LineFields, reset } from './line-fields.js';
import { scanFlat } from './scan-flat.js';
import { fromParsed } from './scan-parsed.js';

export { emptyFields, type LineFields } from './line-fields.js';

/**
 * Fills `out` from the line `s[a..b)` (without its LF, which must follow it in `s`).
 * Returns false when the line is not a JSON object.
 */
export function scanLine(s: string, a: number, b: number, out: LineFields, bytes: Buffer): boolean {
  reset(out);
  if (scanFlat(s, a, b, out)) {
    if (out.skippedStart >= 0) out.skippedJson = s.slice(out.skippedStart, out.skippedEnd);
    return true;
  }
  reset(out);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8', a, b));
  } catch {
    return false;
  }
  return fromParsed(value, out);
}
