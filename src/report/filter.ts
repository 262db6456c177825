/**
 * Which sessions a report counts: the filters of `coach sessions` (parsed by
 * parseFilters in src/log/read), with the same meaning, decided on the report's
 * own per-file record once a session file has been read (status and skips are
 * known only at its end). Filters are plain data, so they travel to workers.
 */
import type { Filters } from '../log/read/filter.js';
import { type SessionScratch, SKIP } from './session.js';

export type SessionFilter = Filters;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function endSkipped(s: SessionScratch): string[] | undefined {
  if (s.endSkippedJson === undefined) return undefined;
  const list: unknown = JSON.parse(s.endSkippedJson);
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : undefined;
}

/** Skipped on the final path: the end line's list, else steps whose last result was a skip. */
function skippedMatches(wanted: string, s: SessionScratch): boolean {
  const last = new Map<string, number>();
  const stages = new Map<string, string>();
  for (let i = 0; i < s.count; i++) {
    const step = s.steps[i] as string;
    stages.set(step, s.stages[i] as string);
    if (s.kinds[i] !== 0) last.set(step, s.kinds[i] as number);
  }
  const skipped =
    endSkipped(s) ?? [...last].filter(([, kind]) => kind === SKIP).map(([step]) => step);
  return skipped.some((step) => step === wanted || stages.get(step) === wanted);
}

export function matches(filter: SessionFilter, s: SessionScratch): boolean {
  if (filter.agent !== undefined && !same(filter.agent, s.agent)) return false;
  if (
    filter.script !== undefined &&
    filter.script !== s.script &&
    (s.version === '' || filter.script !== `${s.script}@${s.version}`)
  ) {
    return false;
  }
  if (filter.locale !== undefined && !same(filter.locale, s.locale)) return false;
  if (filter.status !== undefined && s.status !== filter.status) return false;
  if (filter.since !== undefined || filter.until !== undefined) {
    const start = Date.parse(s.startT);
    if (!Number.isFinite(start)) return false;
    if (filter.since !== undefined && start < filter.since) return false;
    if (filter.until !== undefined && start >= filter.until) return false;
  }
  return filter.skipped === undefined || skippedMatches(filter.skipped, s);
}
