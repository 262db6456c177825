/**
 * `coach report --db`: the report of the sessions a filter keeps, aggregated by
 * PostgreSQL (report/sql.ts) and shaped into the very data `coach report` makes
 * over files (report/types.ts), rows in the same order.
 */
import { AgentSpellings } from '../../../log/agent.js';
import type { Filters } from '../../../log/read/index.js';
import { groupRows, scriptRows } from '../../../report/rows/group-rows.js';
import { rate, rates } from '../../../report/rows/rates.js';
import { stageRank } from '../../../report/rows/row-order.js';
import { topReasons } from '../../../report/rows/step-rows.js';
import type { Report, StageRow } from '../../../report/types.js';
import { byCodeUnits } from '../../../text/compare.js';
import type { Client } from '../../connect.js';
import { whereOf } from '../filter-sql.js';
import { readTally } from '../read-tally.js';
import { loadDbSnapshots } from '../snapshots.js';
import { type GroupKey, groupTotals, type StepGroupRow } from './groups.js';
import { DONE_STATS, filtered, GROUPS, OUTCOMES, REASONS, SPELLINGS, STEP_COUNTS } from './sql.js';
import { mergeStepCounts, type StepCount, targetsOf } from './steps.js';

interface DoneStat {
  g: number;
  script: string;
  step: string;
  stage: string;
  median: number | null;
  p90: string | null;
  timed: number;
  over: number;
}

export async function buildDbReport(client: Client, filters: Filters): Promise<Report> {
  const where = whereOf(filters);
  const q = async <T extends object>(sql: string, params: unknown[] = []) =>
    (await client.query<T>(`${filtered(where.sql)} ${sql}`, [...where.params, ...params])).rows;
  // Parameters of the filter come first; a query's own are numbered after them.
  const shift = (sql: string) =>
    sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + where.params.length}`);
  const counts = await q<StepGroupRow & StepCount>(STEP_COUNTS);
  const stepCounts = counts.filter((r) => r.gstep === 0);
  const scripts = await loadDbSnapshots(client, [...new Set(stepCounts.map((r) => r.sha256))]);
  const steps = mergeStepCounts(stepCounts, scripts);
  const targets = targetsOf(stepCounts, scripts);
  const stats = await q<DoneStat>(shift(DONE_STATS), [
    steps.map((s) => s.script),
    steps.map((s) => s.step),
    steps.map((s) => s.stage),
    targets.shas,
    targets.steps,
    targets.targets,
  ]);
  const stepStats = new Map(
    stats.filter((r) => r.g === 1).map((r) => [`${r.script}\u0000${r.step}`, r]),
  );
  const stageStats = new Map(stats.filter((r) => r.g === 0).map((r) => [r.stage, r]));
  const reasons = await q<{ script: string; step: string; reason: string; n: number }>(REASONS);
  for (const r of reasons) {
    const m = steps.find((s) => s.script === r.script && s.step === r.step);
    m?.reasons.set(r.reason, r.n);
  }
  const spellings = new AgentSpellings();
  for (const r of await q<{ agent_key: string; agent: string; n: number }>(SPELLINGS)) {
    spellings.add(r.agent, r.n, r.agent_key);
  }
  const shown = (agent: string) => spellings.shown(agent);
  const groups = groupTotals(
    await q<
      GroupKey & {
        sessions: number;
        completed: number;
        aborted: number;
        interrupted: number;
        median_call: number | null;
      }
    >(GROUPS),
    await q<GroupKey & { outcome: string; n: number }>(OUTCOMES),
    counts.filter((r) => r.gstep === 1 && r.gst === 1),
  );
  const tally = await readTally(client, where);
  const lines = tally.counts;
  const total = groups.total;
  const stepRows = steps.map((s) => {
    const stat = stepStats.get(`${s.script}\u0000${s.step}`);
    return {
      script: s.script,
      step: s.step,
      stage: s.stage,
      ...rates(s.entered, s.done, s.skipped),
      medianMs: stat?.median ?? null,
      p90Ms: stat?.p90 == null ? null : Number(stat.p90),
      targetMs: s.targetMs < 0 ? null : s.targetMs,
      overTarget: rate(stat?.over ?? 0, stat?.timed ?? 0),
      topReasons: topReasons(s.reasons),
    };
  });
  const stages: StageRow[] = [...new Set(steps.map((s) => s.stage))]
    .sort((a, b) => stageRank(a) - stageRank(b) || byCodeUnits(a, b))
    .map((stage) => {
      const of = steps.filter((s) => s.stage === stage);
      const sum = (pick: (s: (typeof of)[number]) => number) => of.reduce((n, s) => n + pick(s), 0);
      const stat = stageStats.get(stage);
      return {
        stage,
        ...rates(
          sum((s) => s.entered),
          sum((s) => s.done),
          sum((s) => s.skipped),
        ),
        medianMs: stat?.median ?? null,
        p90Ms: stat?.p90 == null ? null : Number(stat.p90),
        overTarget: rate(stat?.over ?? 0, stat?.timed ?? 0),
      };
    });
  return {
    sessions: {
      total: total.row.sessions,
      byStatus: total.row.byStatus,
      byOutcome: total.row.byOutcome,
    },
    unreadableLines: lines.truncated + lines.corrupt + lines.hugeLines,
    skippedLines: { ...lines },
    skippedFiles: {
      notSessionLog: tally.notLogs.length,
      newerVersion: tally.newer.length,
      unreadable: tally.unreadable.length,
      duplicate: tally.duplicates,
    },
    steps: stepRows,
    stages,
    agents: groupRows(groups.agents, 'agent', shown),
    scripts: scriptRows(groups.scripts),
    locales: groupRows(groups.locales, 'locale'),
    agentStages: groups.agentStages(
      counts.filter((r) => r.gst === 0),
      shown,
    ),
  };
}
