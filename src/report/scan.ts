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
import { QUOTE, skipValue } from './scan-value.js';

export { emptyFields, type LineFields } from './line-fields.js';

/** Event types and stage names as shared constants: no new string for each line. */
const KNOWN = [
  'enter',
  'done',
  'skip',
  'end',
  'start',
  'choice',
  'capture',
  'note',
  'toggle',
  'back',
  'greeting',
  'rapport',
  'needs',
  'solutions',
  'gratitude',
];

function known(s: string, a: number, b: number): string | undefined {
  for (const word of KNOWN) {
    if (word.length === b - a && s.startsWith(word, a)) return word;
  }
  return undefined;
}

/** Which known key `s[a..b)` is; 0 for a key reports do not read. */
function keyId(s: string, a: number, b: number): number {
  switch (b - a) {
    case 1: {
      const c = s.charCodeAt(a);
      return c === 116 ? 1 : c === 118 ? 2 : 0; // t, v
    }
    case 2:
      return s.startsWith('ms', a) ? 3 : 0;
    case 4:
      return s.startsWith('type', a) ? 4 : s.startsWith('step', a) ? 5 : 0;
    case 5:
      if (s.startsWith('stage', a)) return 6;
      return s.startsWith('agent', a) ? 13 : 0;
    case 6:
      if (s.startsWith('reason', a)) return 7;
      if (s.startsWith('status', a)) return 8;
      if (s.startsWith('locale', a)) return 12;
      return s.startsWith('script', a) ? 10 : 0;
    case 7:
      if (s.startsWith('outcome', a)) return 9;
      return s.startsWith('skipped', a) ? 11 : 0;
    default:
      return 0;
  }
}

function assignString(out: LineFields, key: number, value: string | undefined): void {
  switch (key) {
    case 1:
      out.t = value;
      break;
    case 2:
      out.v = undefined;
      break;
    case 3:
      out.ms = undefined;
      break;
    case 4:
      out.type = value;
      break;
    case 5:
      out.step = value;
      break;
    case 6:
      out.stage = value;
      break;
    case 7:
      out.reason = value;
      break;
    case 8:
      out.status = value;
      break;
    case 9:
      out.outcome = value;
      break;
    case 10:
      out.hasScript = false;
      break;
    case 11:
      out.skippedStart = -1;
      break;
    case 12:
      out.locale = value;
      break;
    case 13:
      out.agent = value;
      break;
  }
}

function assignNumber(out: LineFields, key: number, value: number | undefined): void {
  if (key === 2) out.v = value;
  else if (key === 3) out.ms = value;
  else assignString(out, key, undefined);
}

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

/** Returns false when the line is not in the simple shape; `out` is then unreliable. */
function scanFlat(s: string, a: number, b: number, out: LineFields): boolean {
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

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const int = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function fromParsed(value: unknown, out: LineFields): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  out.parsed = o;
  out.type = str(o.type);
  out.v = int(o.v);
  out.t = str(o.t);
  out.step = str(o.step);
  out.stage = str(o.stage);
  out.reason = str(o.reason);
  out.ms = int(o.ms);
  out.status = str(o.status);
  out.outcome = str(o.outcome);
  out.locale = str(o.locale);
  out.agent = str(o.agent);
  const script = o.script;
  if (typeof script === 'object' && script !== null && !Array.isArray(script)) {
    const fields = script as Record<string, unknown>;
    out.hasScript = true;
    out.scriptId = str(fields.id);
    out.scriptVersion = str(fields.version);
    out.scriptSha = str(fields.sha256);
  }
  if (Array.isArray(o.skipped)) out.skippedJson = JSON.stringify(o.skipped);
  return true;
}

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
