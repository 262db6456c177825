/**
 * What a report takes from a script snapshot: each step's position, stage and
 * target. Without a usable snapshot (missing, or edited after the call) stages
 * come from the events and targets stay unknown.
 */
import type { Script } from '../../script/types.js';

export interface SnapshotInfo {
  readonly order: ReadonlyMap<string, number>;
  readonly stage: ReadonlyMap<string, string>;
  readonly target: ReadonlyMap<string, number>;
}

export function snapshotInfo(script: Script | undefined): SnapshotInfo | undefined {
  if (!script) return undefined;
  const order = new Map<string, number>();
  const stage = new Map<string, string>();
  const target = new Map<string, number>();
  script.steps.forEach((step, i) => {
    order.set(step.id, i);
    stage.set(step.id, step.stage);
    if (step.targetMs !== undefined) target.set(step.id, step.targetMs);
  });
  return { order, stage, target };
}
