/**
 * The report's step and stage rows from the steps merged over versions and the
 * statistics PostgreSQL computed for them, as report/rows/ makes them over files.
 */
import { rate, rates } from '../../../report/rows/rates.js';
import { stageRank } from '../../../report/rows/row-order.js';
import { type MergedStep, topReasons } from '../../../report/rows/step-rows.js';
import type { StageRow, StepRow } from '../../../report/types.js';
import { byCodeUnits } from '../../../text/compare.js';

export interface DoneStat {
  readonly g: number;
  readonly script: string;
  readonly step: string;
  readonly stage: string;
  readonly median: number | null;
  /** bigint: PostgreSQL's text of it. */
  readonly p90: string | null;
  readonly timed: number;
  readonly over: number;
}

const p90Of = (stat: DoneStat | undefined) => (stat?.p90 == null ? null : Number(stat.p90));

export function stepRows(steps: readonly MergedStep[], stats: readonly DoneStat[]): StepRow[] {
  const byStep = new Map(stats.map((r) => [`${r.script}\u0000${r.step}`, r]));
  return steps.map((s) => {
    const stat = byStep.get(`${s.script}\u0000${s.step}`);
    return {
      script: s.script,
      step: s.step,
      stage: s.stage,
      ...rates(s.entered, s.done, s.skipped),
      medianMs: stat?.median ?? null,
      p90Ms: p90Of(stat),
      targetMs: s.targetMs < 0 ? null : s.targetMs,
      overTarget: rate(stat?.over ?? 0, stat?.timed ?? 0),
      topReasons: topReasons(s.reasons),
    };
  });
}

export function stageRows(steps: readonly MergedStep[], stats: readonly DoneStat[]): StageRow[] {
  const byStage = new Map(stats.map((r) => [r.stage, r]));
  return [...new Set(steps.map((s) => s.stage))]
    .sort((a, b) => stageRank(a) - stageRank(b) || byCodeUnits(a, b))
    .map((stage) => {
      const of = steps.filter((s) => s.stage === stage);
      const sum = (pick: (s: MergedStep) => number) => of.reduce((n, s) => n + pick(s), 0);
      const stat = byStage.get(stage);
      return {
        stage,
        ...rates(
          sum((s) => s.entered),
          sum((s) => s.done),
          sum((s) => s.skipped),
        ),
        medianMs: stat?.median ?? null,
        p90Ms: p90Of(stat),
        overTarget: rate(stat?.over ?? 0, stat?.timed ?? 0),
      };
    });
}
