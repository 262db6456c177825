/**
 * Reads the fields a report needs from one log line without building an object.
 * The text is the file's bytes decoded as latin1, so offsets are byte offsets and
 * ASCII reads as itself; a string holding other bytes is re-decoded as UTF-8.
 *
 * The fast path accepts only flat objects of plain strings (no escapes),
 * integers, booleans and null, with no whitespace: exactly what the writer
 * produces. Anything else (nested values, escapes, spaces, other numbers) falls
 * back to JSON.parse, so what counts as readable is what JSON says, never a guess.
 */

/** The fields of one line that reports read; `undefined` where absent or of another type. */
export interface LineFields {
  type: string | undefined;
  v: number | undefined;
  t: string | undefined;
  step: string | undefined;
  stage: string | undefined;
  reason: string | undefined;
  ms: number | undefined;
  status: string | undefined;
  outcome: string | undefined;
  /** Only from JSON.parse (start and end lines carry nested values). */
  parsed: Record<string, unknown> | undefined;
}

export function emptyFields(): LineFields {
  return {
    type: undefined,
    v: undefined,
    t: undefined,
    step: undefined,
    stage: undefined,
    reason: undefined,
    ms: undefined,
    status: undefined,
    outcome: undefined,
    parsed: undefined,
  };
}

function reset(out: LineFields): void {
  out.type = undefined;
  out.v = undefined;
  out.t = undefined;
  out.step = undefined;
  out.stage = undefined;
  out.reason = undefined;
  out.ms = undefined;
  out.status = undefined;
  out.outcome = undefined;
  out.parsed = undefined;
}

const QUOTE = 34;
const BACKSLASH = 92;

function utf8(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8');
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
      return s.startsWith('stage', a) ? 6 : 0;
    case 6:
      return s.startsWith('reason', a) ? 7 : s.startsWith('status', a) ? 8 : 0;
    case 7:
      return s.startsWith('outcome', a) ? 9 : 0;
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
  }
}

function assignNumber(out: LineFields, key: number, value: number | undefined): void {
  if (key === 2) out.v = value;
  else if (key === 3) out.ms = value;
  else assignString(out, key, undefined);
}

/** Returns false when the line is not in the simple shape; `out` is then unreliable. */
function scanFlat(s: string, a: number, b: number, out: LineFields): boolean {
  if (s.charCodeAt(a) !== 123) return false;
  let i = a + 1;
  if (s.charCodeAt(i) === 125) return i + 1 === b;
  for (;;) {
    if (i >= b || s.charCodeAt(i) !== QUOTE) return false;
    const ks = i + 1;
    let j = ks;
    for (; j < b; j++) {
      const c = s.charCodeAt(j);
      if (c === QUOTE) break;
      if (c === BACKSLASH || c < 32) return false;
    }
    if (j >= b) return false;
    const key = keyId(s, ks, j);
    i = j + 1;
    if (s.charCodeAt(i) !== 58) return false;
    i++;
    const c = s.charCodeAt(i);
    if (c === QUOTE) {
      const vs = i + 1;
      let high = false;
      let k = vs;
      for (; k < b; k++) {
        const d = s.charCodeAt(k);
        if (d === QUOTE) break;
        if (d === BACKSLASH || d < 32) return false;
        if (d > 127) high = true;
      }
      if (k >= b) return false;
      if (key !== 0) {
        const raw = s.slice(vs, k);
        assignString(out, key, high ? utf8(raw) : raw);
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
    } else if (s.startsWith('true', i) || s.startsWith('null', i)) {
      if (key !== 0) assignString(out, key, undefined);
      i += 4;
    } else if (s.startsWith('false', i)) {
      if (key !== 0) assignString(out, key, undefined);
      i += 5;
    } else {
      return false;
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
  return true;
}

/**
 * Fills `out` from the line `s[a..b)` (without its LF). Returns false when the line
 * is not a JSON object. `needParsed` forces JSON.parse (start and end lines).
 */
export function scanLine(
  s: string,
  a: number,
  b: number,
  out: LineFields,
  bytes: Buffer,
  needParsed = false,
): boolean {
  reset(out);
  if (!needParsed && scanFlat(s, a, b, out)) return true;
  reset(out);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8', a, b));
  } catch {
    return false;
  }
  return fromParsed(value, out);
}
