/**
 * The fallback of the line scanner: the fields of a line JSON.parse has read, so
 * that a line outside the fast path's shape means what JSON says it means. Each
 * field is read by name (JSON.parse made every key an own property, so none of
 * these names reaches a prototype), the same fields the fast path reads.
 */
import type { LineFields } from './fields.js';
import { scriptFromParsed } from './script-object.js';

type Parsed = Readonly<Record<string, unknown>>;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
const flag = (value: unknown) => (typeof value === 'boolean' ? value : undefined);
const json = (value: unknown) =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) : undefined;

/** Fills `out` (already reset) from a parsed line; false when it is not a JSON object. */
export function fromParsed(value: unknown, out: LineFields): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Parsed;
  out.rare = true;
  out.type = text(o.type);
  out.v = number(o.v);
  out.t = text(o.t);
  out.ms = number(o.ms);
  out.step = text(o.step);
  out.stage = text(o.stage);
  out.reason = text(o.reason);
  out.status = text(o.status);
  out.outcome = text(o.outcome);
  out.option = text(o.option);
  out.varName = text(o.var);
  out.value = text(o.value);
  out.text = text(o.text);
  out.item = number(o.item);
  out.checked = flag(o.checked);
  out.from = text(o.from);
  out.to = text(o.to);
  out.session = text(o.session);
  out.locale = text(o.locale);
  out.agent = text(o.agent);
  out.host = text(o.host);
  out.coach = text(o.coach);
  out.logPii = flag(o.logPii);
  out.answers = flag(o.answers);
  if (Object.hasOwn(o, 'script')) scriptFromParsed(o.script, out);
  out.skippedJson = json(o.skipped);
  out.unreachedJson = json(o.unreached);
  out.varsJson = json(o.vars);
  return true;
}
