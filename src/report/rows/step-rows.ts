/** The report's step rows: each step over every version of its script. */
import { loadSnapshot } from '../../log/read/index.js';
import { byCodeUnits } from '../../text/compare.js';
import type { Accumulator } from '../aggregate/accumulate.js';
import { countReason, OTHER_REASON } from '../aggregate/step-totals.js';
import { Durations } from '../stats/durations.js';
import type { StepRow } from '../types.js';
import { rate, rates } from './rates.js';
import { stageRank } from './row-order.js';
import { type SnapshotInfo, snapshotInfo } from './snapshot-info.js';

const TOP_REASONS = 3;

/** A step over every version of its script, with what the snapshots tell of it. */
export interface MergedStep {
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
  durations: Durations;
  readonly reasons: Map<string, number>;
}

export function newMergedStep(script: string, step: string, stage: string): MergedStep {
  return {
    script,
    step,
    stage,
    order: -1,
    targetMs: -1,
    entered: 0,
    done: 0,
    skipped: 0,
    timed: 0,
    over: 0,
    durations: new Durations(),
    reasons: new Map(),
  };
}

/**
 * Merges the versions of each step. The accumulator's totals are not used after
 * this: their durations are taken or merged into, not copied.
 */
function mergeVersions(acc: Accumulator, logDir: string): MergedStep[] {
  const snapshots = new Map<string, SnapshotInfo | undefined>();
  for (const [sha, folders] of acc.snapshotFolders) {
    snapshots.set(sha, snapshotInfo(loadSnapshot(sha, [...folders, logDir])));
  }
  const merged = new Map<string, MergedStep>();
  for (const byStep of acc.steps.values()) {
    for (const s of byStep.values()) {
      const snap = snapshots.get(s.sha);
      const key = `${s.script}\u0000${s.step}`;
      let m = merged.get(key);
      if (!m) {
        m = newMergedStep(s.script, s.step, s.stage);
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
      // Counted against this version's target before the durations join the other versions'.
      const target = snap?.target.get(s.step);
      if (target !== undefined) {
        if (m.targetMs < 0) m.targetMs = target;
        m.timed += s.durations.count;
        m.over += s.durations.countOver(target);
      }
      if (m.durations.count === 0) m.durations = s.durations;
      else m.durations.merge(s.durations);
      for (const [reason, n] of s.reasons) countReason(m.reasons, reason, n);
    }
  }
  return [...merged.values()];
}

export function compareSteps(a: MergedStep, b: MergedStep): number {
  return (
    byCodeUnits(a.script, b.script) ||
    (a.order < 0 ? 1e9 : a.order) - (b.order < 0 ? 1e9 : b.order) ||
    stageRank(a.stage) - stageRank(b.stage) ||
    byCodeUnits(a.step, b.step)
  );
}

/** Every step over its versions, in report order. */
export function mergedSteps(acc: Accumulator, logDir: string): MergedStep[] {
  return mergeVersions(acc, logDir).sort(compareSteps);
}

export function topReasons(reasons: Map<string, number>): StepRow['topReasons'] {
  return [...reasons]
    .sort(([ra, na], [rb, nb]) => nb - na || byCodeUnits(ra, rb))
    .slice(0, TOP_REASONS)
    .map(([reason, count]) => ({ reason: reason === OTHER_REASON ? null : reason, count }));
}

export function stepRow(s: MergedStep): StepRow {
  const { median, p90 } = s.durations.medianAndP90();
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
