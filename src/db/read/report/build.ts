/**
 * `coach report --db`: the report of the sessions a filter keeps, aggregated by
 * PostgreSQL (report/sql.ts) and shaped into the very data `coach report` makes
 * over files (report/types.ts), rows in the same order. The step counts and the
 * durations' statistics are computed at once on two connections.
 */
import { AgentSpellings } from '../../../log/agent.js';
import type { Filters } from '../../../log/read/index.js';
import { groupRows, scriptRows } from '../../../report/rows/group-rows.js';
import type { Report } from '../../../report/types.js';
import type { Client } from '../../connect.js';
import { type SqlWhere, whereOf } from '../filter-sql.js';
import { readTally } from '../read-tally.js';
import { loadDbSnapshots } from '../snapshots.js';
import { type GroupKey, groupTotals } from './groups.js';
import { type FineCount, rollUp } from './rollup.js';
import { type DoneStat, stageRows, stepRows } from './rows.js';
import {
  doneStats,
  doneStatsByStage,
  filtered,
  GROUPS,
  OUTCOMES,
  SHAS,
  SPELLINGS,
  STEP_COUNTS,
} from './sql.js';
import { mergeStepCounts, targetsOf } from './steps.js';

/** Memory the server may take per sort or hash: millions of durations sorted in memory, not on disk. */
const WORK_MEM = '1GB';

type Sessions = GroupKey & {
  sessions: number;
  completed: number;
  aborted: number;
  interrupted: number;
  median_call: number | null;
};

/** Queries over the filtered sessions `f` on one connection; their own parameters follow the filter's. */
function over(client: Client, where: SqlWhere) {
  return async <T extends object>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await client.query<T>(`${filtered(where.sql)} ${sql}`, [...where.params, ...params])).rows;
}

export async function buildDbReport(
  client: Client,
  filters: Filters,
  another: () => Promise<Client>,
): Promise<Report> {
  const where = whereOf(filters);
  const at = (n: number) => `$${n + where.params.length}`;
  const second = await another();
  try {
    for (const c of [client, second]) await c.query(`SET work_mem = '${WORK_MEM}'`);
    const [q, q2] = [over(client, where), over(second, where)];
    const shas = (await q<{ sha256: string }>(SHAS)).map((r) => r.sha256);
    const scripts = await loadDbSnapshots(client, shas);
    const t = targetsOf(scripts);
    const targets = [t.shas, t.steps, t.targets];
    // One query at a time on each connection, the two at once: the durations' sorts take as long as the rest.
    const [[fine, spelt, tally, sessions, outcomes], stats] = await Promise.all([
      (async () =>
        [
          await q<FineCount>(STEP_COUNTS),
          await q<{ agent_key: string; agent: string; n: number }>(SPELLINGS),
          await readTally(client, where),
          await q<Sessions>(GROUPS),
          await q<GroupKey & { outcome: string; n: number }>(OUTCOMES),
        ] as const)(),
      q2<DoneStat>(doneStats(at), targets),
    ]);
    const rolled = rollUp(fine);
    const steps = mergeStepCounts(
      rolled.rows.filter((r) => r.gstep === 0),
      scripts,
    );
    for (const s of steps) {
      for (const [reason, n] of rolled.reasons.get(`${s.script}\u0000${s.step}`) ?? []) {
        s.reasons.set(reason, n);
      }
    }
    // Stages as the events name them are the report's unless a snapshot says otherwise.
    const named = steps.every((s) =>
      [...(rolled.doneStages.get(`${s.script}\u0000${s.step}`) ?? [])].every((x) => x === s.stage),
    );
    const mapping = [
      steps.map((s) => s.script),
      steps.map((s) => s.step),
      steps.map((s) => s.stage),
    ];
    const stageStats = named
      ? stats.filter((r) => r.g === 0)
      : await q<DoneStat>(doneStatsByStage(at), [...targets, ...mapping]);
    const spellings = new AgentSpellings();
    for (const r of spelt) spellings.add(r.agent, r.n, r.agent_key);
    const shown = (agent: string) => spellings.shown(agent);
    const groups = groupTotals(
      sessions,
      outcomes,
      rolled.rows.filter((r) => r.gstep === 1 && r.gst === 1),
    );
    const lines = tally.counts;
    const total = groups.total.row;
    return {
      sessions: { total: total.sessions, byStatus: total.byStatus, byOutcome: total.byOutcome },
      unreadableLines: lines.truncated + lines.corrupt + lines.hugeLines,
      skippedLines: { ...lines },
      skippedFiles: {
        notSessionLog: tally.notLogs.length,
        newerVersion: tally.newer.length,
        unreadable: tally.unreadable.length,
        duplicate: tally.duplicates,
      },
      steps: stepRows(
        steps,
        stats.filter((r) => r.g === 1),
      ),
      stages: stageRows(steps, stageStats),
      agents: groupRows(groups.agents, 'agent', shown),
      scripts: scriptRows(groups.scripts),
      locales: groupRows(groups.locales, 'locale'),
      agentStages: groups.agentStages(
        rolled.rows.filter((r) => r.gst === 0),
        shown,
      ),
    };
  } finally {
    await second.end().catch(() => {});
  }
}
