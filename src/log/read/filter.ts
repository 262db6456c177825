/**
 * The filters of `coach sessions` and `coach report`, one function for both: who,
 * which script, which locale, how the call ended, what was skipped, and when.
 * Filters are plain data, so they travel to the report's threads. Bad values are
 * a UsageError with a hint, so a typo never silently lists nothing.
 */
import { UsageError } from '../../errors.js';
import { agentKey } from '../agent.js';
import { skippedOf, stageOfEach } from './path-of.js';
import type { SessionScratch } from './scratch.js';
import { SESSION_STATUSES, type SessionStatusName } from './types.js';

/** Option values as commander hands them over (strings, or absent). */
export interface RawFilters {
  readonly agent?: unknown;
  readonly script?: unknown;
  readonly locale?: unknown;
  readonly status?: unknown;
  readonly skipped?: unknown;
  readonly since?: unknown;
  readonly until?: unknown;
  /** `--answers` (true) or `--no-answers` (false). */
  readonly answers?: unknown;
}

export interface Filters {
  readonly agent?: string;
  /** A script id, or `id@version`. */
  readonly script?: string;
  readonly locale?: string;
  readonly status?: SessionStatusName;
  /** A step id or a stage name. */
  readonly skipped?: string;
  /** Epoch ms, inclusive. */
  readonly since?: number;
  /** Epoch ms, exclusive. */
  readonly until?: number;
  /** Only sessions driven by an answers file (true), or none of them (false). */
  readonly answers?: boolean;
}

const DAY_MS = 86_400_000;
const UNIT_MS: Readonly<Record<string, number>> = {
  m: 60_000,
  h: 3_600_000,
  d: DAY_MS,
  w: 7 * DAY_MS,
};
const DURATION = /^(\d{1,6})([mhdw])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * `--since`/`--until`: a duration before `now` (`30m`, `12h`, `7d`, `2w`), a date
 * (`2026-11-01`, a UTC day like the log folders; as an `until` it includes that
 * whole day) or a date-time (`2026-11-01T09:30`, ISO 8601). Epoch ms.
 */
export function parseWhen(value: string, now: number, flag: 'since' | 'until'): number {
  const text = value.trim();
  const duration = DURATION.exec(text);
  if (duration) return now - Number(duration[1]) * (UNIT_MS[duration[2] as string] as number);
  if (DATE.test(text)) {
    const day = Date.parse(`${text}T00:00:00.000Z`);
    if (Number.isFinite(day) && new Date(day).toISOString().startsWith(text)) {
      return flag === 'until' ? day + DAY_MS : day;
    }
  } else if (DATE_TIME.test(text)) {
    const at = Date.parse(text.replace(' ', 'T'));
    if (Number.isFinite(at)) return at;
  }
  throw new UsageError(
    'reader.filters.badWhen',
    { flag: `--${flag}`, value },
    { hint: 'reader.filters.whenHint' },
  );
}

export function parseStatus(value: string): SessionStatusName {
  const status = value.trim().toLowerCase();
  if ((SESSION_STATUSES as readonly string[]).includes(status)) return status as SessionStatusName;
  throw new UsageError(
    'reader.filters.badStatus',
    { value },
    { hint: 'reader.filters.statusHint', hintParams: { values: SESSION_STATUSES.join(', ') } },
  );
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Parses every filter option; throws a UsageError for the first bad one. */
export function parseFilters(raw: RawFilters, now: number): Filters {
  const since = text(raw.since);
  const until = text(raw.until);
  const status = text(raw.status);
  const filters: {
    -readonly [K in keyof Filters]: Filters[K];
  } = {};
  const agent = text(raw.agent);
  const script = text(raw.script);
  const locale = text(raw.locale);
  const skipped = text(raw.skipped);
  if (agent !== undefined) filters.agent = agent;
  if (script !== undefined) filters.script = script;
  if (locale !== undefined) filters.locale = locale;
  if (skipped !== undefined) filters.skipped = skipped;
  if (status !== undefined) filters.status = parseStatus(status);
  if (since !== undefined) filters.since = parseWhen(since, now, 'since');
  if (until !== undefined) filters.until = parseWhen(until, now, 'until');
  if (typeof raw.answers === 'boolean') filters.answers = raw.answers;
  return filters;
}

function scriptMatches(wanted: string, s: SessionScratch): boolean {
  return wanted === s.script || (s.version !== '' && wanted === `${s.script}@${s.version}`);
}

function skippedMatches(wanted: string, s: SessionScratch): boolean {
  const skipped = skippedOf(s);
  if (skipped.includes(wanted)) return true;
  const stages = stageOfEach(s);
  return skipped.some((step) => stages[step] === wanted);
}

/** Whether a session read into `s` is one the filters keep: `sessions` lists it, `report` counts it. */
export function matches(filters: Filters, s: SessionScratch): boolean {
  if (filters.agent !== undefined && agentKey(filters.agent) !== agentKey(s.agent)) return false;
  if (filters.script !== undefined && !scriptMatches(filters.script, s)) return false;
  if (filters.locale !== undefined && filters.locale.toLowerCase() !== s.locale.toLowerCase()) {
    return false;
  }
  if (filters.status !== undefined && filters.status !== s.status) return false;
  if (filters.answers !== undefined && filters.answers !== s.answers) return false;
  if (filters.since !== undefined && s.startedAt < filters.since) return false;
  if (filters.until !== undefined && s.startedAt >= filters.until) return false;
  return filters.skipped === undefined || skippedMatches(filters.skipped, s);
}
