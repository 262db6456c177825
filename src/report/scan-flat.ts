/**
 * The fast path of the line scanner: it accepts only pure-ASCII lines without
 * escapes or whitespace, with integers as numbers, exactly what the writer
 * produces, and reports anything else as not in its shape so the caller can
 * fall back to JSON.parse.
 */
import type { LineFields } from './line-fields.js';
import { assignNumber, assignString, keyId, known } from './scan-keys.js';
import { QUOTE, skipValue } from './scan-value.js';

/**
 * Backslashes, control characters and non-ASCII bytes: a line with none of them
 * before its LF needs no unescaping, no UTF-8 decoding and no check of its
 * strings' characters, so the fast path may read it. One native scan per line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const SPECIAL = /[\\\u0000-\u001f\u0080-\u00ff]/g;

/** The `script` object of a start line: id, version and sha256 as plain strings. */
function scanScript(s: string, i: number, b: number, out: LineFields): number {
  const end = skipValue(s, i, b, 1);
  if (end < 0) return -1;
  out.scriptId = undefined;
  out.scriptVersion = undefined;
  out.scriptSha = undefined;
  let k = i + 1;
  while (k < end - 1) {
    const ke = s.indexOf('"', k + 1);
    const vs = ke + 2;
    const ve = skipValue(s, vs, b, 2);
    const value = s.charCodeAt(vs) === QUOTE ? s.slice(vs + 1, ve - 1) : undefined;
    const len = ke - k - 1;
    if (len === 2 && s.startsWith('id', k + 1)) out.scriptId = value;
    else if (len === 7 && s.startsWith('version', k + 1)) out.scriptVersion = value;
    else if (len === 6 && s.startsWith('sha256', k + 1)) out.scriptSha = value;
    k = ve + 1;
  }
  out.hasScript = true;
  return end;
}

/**
 * Reads `s[a..b)` when it is in the writer's flat shape; key ids are those of `keyId`.
 * Returns false when the line is not in the simple shape; `out` is then unreliable.
 */
export function scanFlat(s: string, a: number, b: number, out: LineFields): boolean {
  SPECIAL.lastIndex = a;
  if (SPECIAL.exec(s)?.index !== b) return false;
  if (s.charCodeAt(a) !== 123) return false;
  let i = a + 1;
  if (s.charCodeAt(i) === 125) return i + 1 === b;
  for (;;) {
    if (s.charCodeAt(i) !== QUOTE) return false;
    const ks = i + 1;
    const j = s.indexOf('"', ks);
    if (j < 0 || j >= b) return false;
    const key = keyId(s, ks, j);
    i = j + 1;
    if (s.charCodeAt(i) !== 58) return false;
    i++;
    const c = s.charCodeAt(i);
    if (c === QUOTE) {
      const k = s.indexOf('"', i + 1);
      if (k < 0 || k >= b) return false;
      if (key === 1) {
        // Only the last line's time is ever read: keep where it is, not a copy.
        out.t = undefined;
        out.tStart = i + 1;
        out.tEnd = k;
      } else if (key === 4 || key === 6) {
        assignString(out, key, known(s, i + 1, k) ?? s.slice(i + 1, k));
      } else if (key !== 0) {
        assignString(out, key, s.slice(i + 1, k));
      }
      i = k + 1;
    } else if ((c >= 48 && c <= 57) || c === 45) {
      let k = c === 45 ? i + 1 : i;
      const first = s.charCodeAt(k);
      if (first < 48 || first > 57) return false;
      let value = 0;
      for (; k < b; k++) {
        const d = s.charCodeAt(k);
        if (d < 48 || d > 57) break;
        value = value * 10 + (d - 48);
      }
      const digits = k - (c === 45 ? i + 1 : i);
      if (first === 48 && digits > 1) return false;
      const next = s.charCodeAt(k);
      if (next === 46 || next === 101 || next === 69 || digits > 15) return false;
      if (key !== 0) assignNumber(out, key, c === 45 ? -value : value);
      i = k;
    } else if (key === 10 && c === 123) {
      i = scanScript(s, i, b, out);
      if (i < 0) return false;
    } else {
      const k = skipValue(s, i, b, 1);
      if (k < 0) return false;
      if (key === 11 && c === 91) {
        out.skippedStart = i;
        out.skippedEnd = k;
      } else if (key !== 0) assignString(out, key, undefined);
      i = k;
    }
    const sep = s.charCodeAt(i);
    if (sep === 44) {
      i++;
      continue;
    }
    return sep === 125 && i + 1 === b;
  }
}
