/** The report's rows for groups of sessions: all of them, and by agent, script or locale. */
import { byCodeUnits } from '../../text/compare.js';
import type { GroupTotals } from '../aggregate/group-totals.js';
import type { GroupRow } from '../types.js';
import { rates } from './rates.js';

/** A group's row; its median call is computed from its durations unless given (by a database). */
export function groupRow(g: Omit<GroupTotals, 'callMs'>, medianCallMs: number | null): GroupRow {
  return {
    sessions: g.sessions,
    byStatus: { completed: g.completed, aborted: g.aborted, interrupted: g.interrupted },
    byOutcome: Object.fromEntries([...g.outcomes].sort(([a], [b]) => byCodeUnits(a, b))),
    ...rates(g.entered, g.done, g.skipped),
    medianCallMs,
  };
}

/** The rows of totals gathered from the logs. */
export function rowsOf(map: ReadonlyMap<string, GroupTotals>): Map<string, GroupRow> {
  return new Map([...map].map(([key, g]) => [key, groupRow(g, g.callMs.medianAndP90().median)]));
}

/** One row per key, in key order, the key (or what `show` makes of it) under `name`. */
export function groupRows<K extends string>(
  rows: ReadonlyMap<string, GroupRow>,
  name: K,
  show: (key: string) => string = (key) => key,
): (GroupRow & Record<K, string>)[] {
  return [...rows]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([key, row]) => ({ [name]: show(key), ...row }) as GroupRow & Record<K, string>);
}

/** Script rows: the key is the script id, NUL, the version ('' when none). */
export function scriptRows(
  rows: ReadonlyMap<string, GroupRow>,
): (GroupRow & { script: string; version: string | null })[] {
  return [...rows]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([key, row]) => {
      const [script = '', version = ''] = key.split('\u0000');
      return { script, version: version === '' ? null : version, ...row };
    });
}
