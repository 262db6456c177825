/**
 * The fast path of the line scanner: it accepts only pure-ASCII lines without
 * escapes or whitespace, with integers as numbers, exactly what the writer
 * produces, and reports anything else as not in its shape so the caller can
 * fall back to JSON.parse.
 */
import type { LineFields } from './fields.js';
import {
  isJsonKey,
  isRareKey,
  isStringKey,
  K_OTHER,
  K_SCRIPT,
  K_T,
  keyId,
  knownWord,
} from './keys.js';
import { scanScript } from './script-object.js';
import { clearKey, setBoolean, setJson, setNumber, setString } from './set-field.js';
import { QUOTE, skipValue } from './value.js';

/**
 * Backslashes, control characters and non-ASCII bytes: a line with none of them
 * before its LF needs no unescaping, no UTF-8 decoding and no check of its
 * strings' characters, so the fast path may read it. One native scan per line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const SPECIAL = /[\\\u0000-\u001f\u0080-\u00ff]/g;

const TYPE_KEY = 11;
const STAGE_KEY = 13;

/** Any other value: objects and arrays (kept as text for JSON keys), booleans, null. */
function otherValue(s: string, i: number, b: number, key: number, out: LineFields): number {
  const c = s.charCodeAt(i);
  if (key === K_SCRIPT && c === 123) return scanScript(s, i, b, out);
  const k = skipValue(s, i, b, 1);
  if (k < 0 || key === K_OTHER) return k;
  if (isJsonKey(key) && (c === 123 || c === 91)) setJson(out, key, s.slice(i, k));
  else if (c === 116 || c === 102) setBoolean(out, key, c === 116);
  else clearKey(out, key);
  return k;
}

/**
 * Reads `s[a..b)` when it is in the writer's flat shape. Returns false when the
 * line is not in that shape; `out` is then unreliable and must be reset.
 */
export function scanFlat(s: string, a: number, b: number, out: LineFields): boolean {
  SPECIAL.lastIndex = a;
  if (SPECIAL.exec(s)?.index !== b) return false;
  if (s.charCodeAt(a) !== 123) return false;
  let i = a + 1;
  if (s.charCodeAt(i) === 125) return i + 1 === b;
  // One loop with the common values read inline: it runs for every line of a report.
  for (;;) {
    if (s.charCodeAt(i) !== QUOTE) return false;
    const j = s.indexOf('"', i + 1);
    if (j < 0 || j >= b) return false;
    const key = keyId(s, i + 1, j);
    if (isRareKey(key)) out.rare = true;
    i = j + 1;
    if (s.charCodeAt(i) !== 58) return false;
    i++;
    const c = s.charCodeAt(i);
    if (c === QUOTE) {
      const k = s.indexOf('"', i + 1);
      if (k < 0 || k >= b) return false;
      if (key === K_T) {
        // Times are read only where needed: keep where this one is, not a copy.
        out.t = undefined;
        out.tStart = i + 1;
        out.tEnd = k;
      } else if (key === TYPE_KEY || key === STAGE_KEY) {
        setString(out, key, knownWord(s, i + 1, k) ?? s.slice(i + 1, k));
      } else if (isStringKey(key)) {
        setString(out, key, s.slice(i + 1, k));
      } else if (key !== K_OTHER) {
        clearKey(out, key);
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
      if (key !== K_OTHER) setNumber(out, key, c === 45 ? -value : value);
      i = k;
    } else {
      i = otherValue(s, i, b, key, out);
      if (i < 0) return false;
    }
    const sep = s.charCodeAt(i);
    if (sep === 44) {
      i++;
      continue;
    }
    return sep === 125 && i + 1 === b;
  }
}
