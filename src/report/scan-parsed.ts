/**
 * The fallback of the line scanner: the fields of a line JSON.parse has read, so
 * that a line outside the fast path's shape means what JSON says it means.
 */
import type { LineFields } from './line-fields.js';

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const int = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Fills `out` from a parsed line; false when it is not a JSON object. */
export function fromParsed(value: unknown, out: LineFields): boolean {
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
