/**
 * Totals → the report's data (documented in docs/report-format.md): rates,
 * medians and percentiles computed, rows sorted so that the same logs always
 * give the same report whatever the number of threads.
 */
import { STAGES } from '../script/types.js';
import { type Accumulator, type GroupTotals, MAX_REASONS, OTHER_REASON } from './accumulate.js';
import { Growable, medianAndP90 } from './growable.js';
import { loadSnapshot, type SnapshotInfo } from './snapshots.js';
import type { GroupRow, Rates, Report, StageRow, StepRow } from './types.js';

const TOP_REASONS = 3;

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function rates(entered: number, done: number, skipped: number): Rates {
  return { entered, done, skipped, skipRate: rate(skipped, done + skipped) };
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function stageRank(stage: string): number {
  const i = (STAGES as readonly string[]).indexOf(stage);
  return i < 0 ? STAGES.length : i;
}

/** A step over every version of its script, with what the snapshots tell of it. */
interface StepTotals {
  readonly script: string;
  readonly step: string;
  stage: string;
  /** Position in the script's snapshot, -1 when unknown. */
  order: number;
  targetMs: number;
  entered: number;
  done: number;
  skipped: number;
  /** Done events whose step has a known target, and those over it. */
  timed: number;
  over: number;
  durations: Growable;
  readonly reasons: Map<string, number>;
}

function countOver(values: Float64Array, target: number): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > target) n++;
  return n;
}

function mergeVersions(acc: Accumulator): StepTotals[] {
  const snapshots = new Map<string, SnapshotInfo | undefined>();
  for (const [sha, dirs] of acc.snapshotDirs) snapshots.set(sha, loadSnapshot(sha, dirs));
  const merged = new Map<string, StepTotals>();
  for (const byStep of acc.steps.values()) {
    for (const s of byStep.values()) {
      const snap = snapshots.get(s.sha);
      const key = `${s.script}\u0000${s.step}`;
      let m = merged.get(key);
      if (!m) {
        m = {
          script: s.script,
          step: s.step,
          stage: s.stage,
          order: -1,
          targetMs: -1,
          entered: 0,
          done: 0,
          skipped: 0,
          timed: 0,
          over: 0,
          durations: new Growable(),
          reasons: new Map(),
        };
        merged.set(key, m);
      }
      const order = snap?.order.get(s.step);
      if (order !== undefined && m.order < 0) {
        m.order = order;
        m.stage = snap?.stage.get(s.step) ?? m.stage;
      }
      m.entered += s.entered;
      m.done += s.done;
      m.skipped += s.skipped;
      const durations = s.durations.values.subarray(0, s.durations.length);
      // The totals are not used after this: the first version's list is taken, not copied.
      if (m.durations.length === 0) m.durations = s.durations;
      else m.durations.append(durations);
      const target = snap?.target.get(s.step);
      if (target !== undefined) {
        if (m.targetMs < 0) m.targetMs = target;
        m.timed += durations.length;
        m.over += countOver(durations, target);
      }
      for (const [reason, n] of s.reasons) {
        const k = m.reasons.has(reason) || m.reasons.size < MAX_REASONS ? reason : OTHER_REASON;
        m.reasons.set(k, (m.reasons.get(k) ?? 0) + n);
      }
    }
  }
  return [...merged.values()];
}

function compareSteps(a: StepTotals, b: StepTotals): number {
  return (
    byText(a.script, b.script) ||
    (a.order < 0 ? 1e9 : a.order) - (b.order < 0 ? 1e9 : b.order) ||
    stageRank(a.stage) - stageRank(b.stage) ||
    byText(a.step, b.step)
  );
}

function topReasons(reasons: Map<string, number>): StepRow['topReasons'] {
  return [...reasons]
    .sort(([ra, na], [rb, nb]) => nb - na || byText(ra, rb))
    .slice(0, TOP_REASONS)
    .map(([reason, count]) => ({ reason: reason === OTHER_REASON ? null : reason, count }));
}

function stepRow(s: StepTotals): StepRow {
  const { median, p90 } = medianAndP90(s.durations.values.subarray(0, s.durations.length));
  return {
    script: s.script,
    step: s.step,
    stage: s.stage,
    ...rates(s.entered, s.done, s.skipped),
    medianMs: median,
    p90Ms: p90,
    targetMs: s.targetMs < 0 ? null : s.targetMs,
    overTarget: rate(s.over, s.timed),
    topReasons: topReasons(s.reasons),
  };
}

function stageRows(steps: readonly StepTotals[]): StageRow[] {
  const byStage = new Map<string, { rows: StepTotals[] }>();
  for (const s of steps) {
    const entry = byStage.get(s.stage) ?? { rows: [] };
    entry.rows.push(s);
    byStage.set(s.stage, entry);
  }
  return [...byStage]
    .sort(([a], [b]) => stageRank(a) - stageRank(b) || byText(a, b))
    .map(([stage, { rows }]) => {
      const durations = new Growable(
        Math.max(
          16,
          rows.reduce((n, r) => n + r.durations.length, 0),
        ),
      );
      let entered = 0;
      let done = 0;
      let skipped = 0;
      let timed = 0;
      let over = 0;
      for (const r of rows) {
        entered += r.entered;
        done += r.done;
        skipped += r.skipped;
        timed += r.timed;
        over += r.over;
        durations.append(r.durations.values.subarray(0, r.durations.length));
      }
      const { median, p90 } = medianAndP90(durations.values.subarray(0, durations.length));
      return {
        stage,
        ...rates(entered, done, skipped),
        medianMs: median,
        p90Ms: p90,
        overTarget: rate(over, timed),
      };
    });
}

function groupRow(g: GroupTotals): GroupRow {
  const { median } = medianAndP90(g.callMs.values.subarray(0, g.callMs.length));
  return {
    sessions: g.sessions,
    byStatus: { completed: g.completed, aborted: g.aborted, interrupted: g.interrupted },
    byOutcome: Object.fromEntries([...g.outcomes].sort(([a], [b]) => byText(a, b))),
    ...rates(g.entered, g.done, g.skipped),
    medianCallMs: median,
  };
}

function groups<K extends string>(
  map: Map<string, GroupTotals>,
  name: K,
): (GroupRow & Record<K, string>)[] {
  return [...map]
    .sort(([a], [b]) => byText(a, b))
    .map(([key, g]) => ({ [name]: key, ...groupRow(g) }) as GroupRow & Record<K, string>);
}

export function finalize(acc: Accumulator): Report {
  const steps = mergeVersions(acc).sort(compareSteps);
  const lines = acc.lines;
  const total = groupRow(acc.total);
  return {
    sessions: { total: total.sessions, byStatus: total.byStatus, byOutcome: total.byOutcome },
    unreadableLines: lines.truncated + lines.corrupt + lines.hugeLines,
    skippedLines: { ...lines },
    skippedFiles: {
      notSessionLog: acc.files.notSessionLog,
      newerVersion: acc.files.newerVersion,
      unreadable: acc.files.unreadable,
    },
    steps: steps.map(stepRow),
    stages: stageRows(steps),
    agents: groups(acc.agents, 'agent'),
    scripts: [...acc.scripts]
      .sort(([a], [b]) => byText(a, b))
      .map(([key, g]) => {
        const [script = '', version = ''] = key.split('\u0000');
        return { script, version: version === '' ? null : version, ...groupRow(g) };
      }),
    locales: groups(acc.locales, 'locale'),
    agentStages: [...acc.agentStage]
      .sort(([a], [b]) => byText(a, b))
      .flatMap(([agent, row]) =>
        [...row]
          .sort(([a], [b]) => stageRank(a) - stageRank(b) || byText(a, b))
          .map(([stage, c]) => ({ agent, stage, ...rates(c.entered, c.done, c.skipped) })),
      ),
  };
}
