/**
 * The keys and words a report reads from a log line, recognised in place so that
 * the fast path never copies a key and shares one string for each common word.
 *
 * Key ids (from `keyId`): 1 t, 2 v, 3 ms, 4 type, 5 step, 6 stage, 7 reason,
 * 8 status, 9 outcome, 10 script, 11 skipped, 12 locale, 13 agent; 0 for any other.
 */
import type { LineFields } from './line-fields.js';

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

export function known(s: string, a: number, b: number): string | undefined {
  for (const word of KNOWN) {
    if (word.length === b - a && s.startsWith(word, a)) return word;
  }
  return undefined;
}

/** Which known key `s[a..b)` is; 0 for a key reports do not read. */
export function keyId(s: string, a: number, b: number): number {
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

export function assignString(out: LineFields, key: number, value: string | undefined): void {
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

export function assignNumber(out: LineFields, key: number, value: number | undefined): void {
  if (key === 2) out.v = value;
  else if (key === 3) out.ms = value;
  else assignString(out, key, undefined);
}
