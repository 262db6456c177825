/**
 * The `script` object of a start line, read in place by the fast path: id,
 * version, sha256 and path as plain strings; any other member is passed over.
 */
import type { LineFields } from './fields.js';
import { QUOTE, skipValue } from './value.js';

/** Reads the object at `s[i]`; returns the index just past it, or -1 if it is not in shape. */
export function scanScript(s: string, i: number, b: number, out: LineFields): number {
  const end = skipValue(s, i, b, 1);
  if (end < 0) return -1;
  out.scriptId = undefined;
  out.scriptVersion = undefined;
  out.scriptSha = undefined;
  out.scriptPath = undefined;
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
    else if (len === 4 && s.startsWith('path', k + 1)) out.scriptPath = value;
    k = ve + 1;
  }
  out.hasScript = true;
  return end;
}

/** The same fields from an object JSON.parse made. */
export function scriptFromParsed(value: unknown, out: LineFields): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    out.hasScript = false;
    return;
  }
  const script = value as Readonly<Record<string, unknown>>;
  const text = (key: string) => {
    const field = Object.hasOwn(script, key) ? script[key] : undefined;
    return typeof field === 'string' ? field : undefined;
  };
  out.hasScript = true;
  out.scriptId = text('id');
  out.scriptVersion = text('version');
  out.scriptSha = text('sha256');
  out.scriptPath = text('path');
}
