/**
 * One log line → a typed start line or event, or the reason it cannot be used.
 * Only the fields the format defines are copied, into fresh objects, so unknown
 * fields (`__proto__` among them) never reach the rest of the program.
 */
import { STAGES, type Stage } from '../../script/types.js';
import { OUTCOMES, type Outcome } from '../../session/types.js';
import type { LoggedEvent, SessionHeader } from './types.js';

type Fields = { readonly [key: string]: unknown };

export type Parsed =
  | { readonly kind: 'object'; readonly fields: Fields; readonly type: string }
  | { readonly kind: 'corrupt' };

/** A JSON object with a string `type`, or corrupt. */
export function parseObject(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'corrupt' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'corrupt' };
  }
  const fields = value as Fields;
  const type = Object.hasOwn(fields, 'type') ? fields.type : undefined;
  return typeof type === 'string' ? { kind: 'object', fields, type } : { kind: 'corrupt' };
}

const str = (f: Fields, key: string): string | undefined => {
  const value = Object.hasOwn(f, key) ? f[key] : undefined;
  return typeof value === 'string' ? value : undefined;
};
const int = (f: Fields, key: string): number | undefined => {
  const value = Object.hasOwn(f, key) ? f[key] : undefined;
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
};
const field = (f: Fields, key: string): unknown => (Object.hasOwn(f, key) ? f[key] : undefined);

function timeOf(f: Fields): { t: string; at: number } | undefined {
  const t = str(f, 't');
  const at = t === undefined ? Number.NaN : Date.parse(t);
  return t !== undefined && Number.isFinite(at) ? { t, at } : undefined;
}

function stageOf(f: Fields): Stage | undefined {
  const stage = str(f, 'stage');
  return (STAGES as readonly string[]).includes(stage ?? '') ? (stage as Stage) : undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function stringRecord(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  // fromEntries defines own properties: a `__proto__` name stays a plain key.
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/** The format version a line declares, if it declares one. */
export function versionOf(f: Fields): number | undefined {
  return int(f, 'v');
}

export function toHeader(f: Fields): SessionHeader | undefined {
  const time = timeOf(f);
  const v = int(f, 'v');
  const script = field(f, 'script');
  if (!time || v === undefined || typeof script !== 'object' || script === null) return undefined;
  const s = script as Fields;
  const id = str(s, 'id');
  const sha256 = str(s, 'sha256');
  const session = str(f, 'session');
  if (id === undefined || sha256 === undefined || session === undefined) return undefined;
  const version = str(s, 'version');
  const path = str(s, 'path');
  return {
    v,
    t: time.t,
    startedAt: time.at,
    session,
    script: {
      id,
      sha256,
      ...(version !== undefined ? { version } : {}),
      ...(path !== undefined ? { path } : {}),
    },
    locale: str(f, 'locale') ?? '',
    agent: str(f, 'agent') ?? '',
    host: str(f, 'host') ?? '',
    coach: str(f, 'coach') ?? '',
    vars: stringRecord(field(f, 'vars')),
    logPii: field(f, 'logPii') === true,
  };
}

export const EVENT_TYPES: ReadonlySet<string> = new Set([
  'enter',
  'done',
  'skip',
  'choice',
  'capture',
  'note',
  'toggle',
  'back',
  'end',
]);

/** A known event with its fields checked, or undefined when a field is missing or wrong. */
export function toEvent(type: string, f: Fields): LoggedEvent | undefined {
  const time = timeOf(f);
  if (!time) return undefined;
  const step = str(f, 'step');
  const stage = stageOf(f);
  const ms = Math.max(0, int(f, 'ms') ?? 0);
  switch (type) {
    case 'enter':
      return step !== undefined && stage ? { ...time, type, step, stage } : undefined;
    case 'done':
      return step !== undefined && stage ? { ...time, type, step, stage, ms } : undefined;
    case 'skip': {
      const reason = str(f, 'reason') ?? '';
      return step !== undefined && stage ? { ...time, type, step, stage, reason, ms } : undefined;
    }
    case 'choice': {
      const option = str(f, 'option');
      return step !== undefined && option !== undefined
        ? { ...time, type, step, option }
        : undefined;
    }
    case 'capture': {
      const name = str(f, 'var');
      const value = str(f, 'value');
      return step !== undefined && name !== undefined && value !== undefined
        ? { ...time, type, step, var: name, value }
        : undefined;
    }
    case 'note': {
      const text = str(f, 'text');
      return step !== undefined && text !== undefined ? { ...time, type, step, text } : undefined;
    }
    case 'toggle': {
      const item = int(f, 'item');
      const checked = field(f, 'checked');
      return step !== undefined && item !== undefined && typeof checked === 'boolean'
        ? { ...time, type, step, item, checked }
        : undefined;
    }
    case 'back': {
      const from = str(f, 'from');
      const to = str(f, 'to');
      return from !== undefined && to !== undefined ? { ...time, type, from, to } : undefined;
    }
    case 'end':
      return toEnd(f, time, ms);
    default:
      return undefined;
  }
}

function toEnd(f: Fields, time: { t: string; at: number }, ms: number): LoggedEvent | undefined {
  const status = str(f, 'status');
  if (status !== 'completed' && status !== 'aborted') return undefined;
  const outcome = str(f, 'outcome');
  const known = (OUTCOMES as readonly string[]).includes(outcome ?? '');
  return {
    ...time,
    type: 'end',
    status,
    ...(known ? { outcome: outcome as Outcome } : {}),
    skipped: stringList(field(f, 'skipped')),
    unreached: stringList(field(f, 'unreached')),
    ms,
  };
}
