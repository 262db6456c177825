/** The report's rows for groups of sessions: all of them, and by agent, script or locale. */
import { byCodeUnits } from '../../text/compare.js';
import type { GroupTotals } from '../aggregate/group-totals.js';
import type { GroupRow } from '../types.js';
import { rates } from './rates.js';

export function groupRow(g: GroupTotals): GroupRow {
  const { median } = g.callMs.medianAndP90();
  return {
    sessions: g.sessions,
    byStatus: { completed: g.completed, aborted: g.aborted, interrupted: g.interrupted },
    byOutcome: Object.fromEntries([...g.outcomes].sort(([a], [b]) => byCodeUnits(a, b))),
    ...rates(g.entered, g.done, g.skipped),
    medianCallMs: median,
  };
}

/** One row per key, in key order, the key (or what `show` makes of it) under `name`. */
export function groupRows<K extends string>(
  map: Map<string, GroupTotals>,
  name: K,
  show: (key: string) => string = (key) => key,
): (GroupRow & Record<K, string>)[] {
  return [...map]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([key, g]) => ({ [name]: show(key), ...groupRow(g) }) as GroupRow & Record<K, string>);
}

/** Script rows: the key is the script id, NUL, the version ('' when none). */
export function scriptRows(
  map: Map<string, GroupTotals>,
): (GroupRow & { script: string; version: string | null })[] {
  return [...map]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([key, g]) => {
      const [script = '', version = ''] = key.split('\u0000');
      return { script, version: version === '' ? null : version, ...groupRow(g) };
    });
}
