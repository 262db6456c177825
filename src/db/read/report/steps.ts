/**
 * The report's steps from the database's counts: each step over every version
 * of its script, its stage, place and target taken from the snapshots by the
 * same rule as over files (report/rows/step-rows.ts), in the same order.
 */

import { type SnapshotInfo, snapshotInfo } from '../../../report/rows/snapshot-info.js';
import { compareSteps, type MergedStep, newMergedStep } from '../../../report/rows/step-rows.js';
import type { Script } from '../../../script/types.js';

export interface StepCount {
  readonly script: string;
  readonly sha256: string;
  readonly step: string;
  readonly kind: string;
  readonly n: number;
  readonly first_stage: string | null;
}

/** The steps of the report, merged over versions and sorted; counts filled, durations left empty. */
export function mergeStepCounts(
  rows: readonly StepCount[],
  scripts: ReadonlyMap<string, Script>,
): MergedStep[] {
  const infos = new Map<string, SnapshotInfo | undefined>();
  const merged = new Map<string, MergedStep>();
  for (const r of rows) {
    if (!infos.has(r.sha256)) infos.set(r.sha256, snapshotInfo(scripts.get(r.sha256)));
    const snap = infos.get(r.sha256);
    const key = `${r.script}\u0000${r.step}`;
    let m = merged.get(key);
    if (!m) {
      m = newMergedStep(r.script, r.step, '');
      merged.set(key, m);
    }
    if (m.order < 0 && m.stage === '' && r.first_stage !== null) m.stage = r.first_stage;
    const order = snap?.order.get(r.step);
    if (order !== undefined && m.order < 0) {
      m.order = order;
      m.stage = snap?.stage.get(r.step) ?? m.stage;
    }
    const target = snap?.target.get(r.step);
    if (target !== undefined && m.targetMs < 0) m.targetMs = target;
    if (r.kind === 'enter') m.entered += r.n;
    else if (r.kind === 'done') m.done += r.n;
    else m.skipped += r.n;
  }
  return [...merged.values()].sort(compareSteps);
}

/** Each version's step targets, for counting done events against them in SQL. */
export function targetsOf(scripts: ReadonlyMap<string, Script>): {
  shas: string[];
  steps: string[];
  targets: number[];
} {
  const out = { shas: [] as string[], steps: [] as string[], targets: [] as number[] };
  for (const [sha, script] of scripts) {
    for (const [step, target] of snapshotInfo(script)?.target ?? []) {
      out.shas.push(sha);
      out.steps.push(step);
      out.targets.push(target);
    }
  }
  return out;
}
