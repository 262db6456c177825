/**
 * The fallback of the line scanner: the fields of a line JSON.parse has read, so
 * that a line outside the fast path's shape means what JSON says it means.
 */
import type { LineFields } from './fields.js';
import { K_SCRIPT, KEY_IDS } from './keys.js';
import { scriptFromParsed } from './script-object.js';
import { assign } from './set-field.js';

/** Fills `out` from a parsed line; false when it is not a JSON object. */
export function fromParsed(value: unknown, out: LineFields): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // Own keys only: a `__proto__` key is data here, never a prototype.
  for (const [key, field] of Object.entries(value)) {
    const id = KEY_IDS.get(key);
    if (id === K_SCRIPT) scriptFromParsed(field, out);
    else if (id !== undefined) assign(out, id, field);
  }
  return true;
}
