/** The report's stage rows: every step of a stage, over every script. */
import { byCodeUnits } from '../../text/compare.js';
import { Durations } from '../stats/durations.js';
import type { StageRow } from '../types.js';
import { rate, rates } from './rates.js';
import { stageRank } from './row-order.js';
import type { MergedStep } from './step-rows.js';

function stageRow(stage: string, steps: readonly MergedStep[]): StageRow {
  const durations = new Durations();
  let entered = 0;
  let done = 0;
  let skipped = 0;
  let timed = 0;
  let over = 0;
  for (const s of steps) {
    entered += s.entered;
    done += s.done;
    skipped += s.skipped;
    timed += s.timed;
    over += s.over;
    durations.merge(s.durations);
  }
  const { median, p90 } = durations.medianAndP90();
  return {
    stage,
    ...rates(entered, done, skipped),
    medianMs: median,
    p90Ms: p90,
    overTarget: rate(over, timed),
  };
}

export function stageRows(steps: readonly MergedStep[]): StageRow[] {
  const byStage = new Map<string, MergedStep[]>();
  for (const s of steps) {
    const rows = byStage.get(s.stage) ?? [];
    rows.push(s);
    byStage.set(s.stage, rows);
  }
  return [...byStage]
    .sort(([a], [b]) => stageRank(a) - stageRank(b) || byCodeUnits(a, b))
    .map(([stage, rows]) => stageRow(stage, rows));
}
