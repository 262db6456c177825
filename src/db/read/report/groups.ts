/**
 * The report's groups from the database's totals: every session, and by agent
 * (who an agent is: log/agent.ts, kept as agent_key), script version and
 * locale; and the agent × stage cells of the heat map.
 */
import type { GroupTotals } from '../../../report/aggregate/group-totals.js';
import { agentStageRows } from '../../../report/rows/agent-stage-rows.js';
import { groupRow } from '../../../report/rows/group-rows.js';
import type { AgentStageRow, GroupRow } from '../../../report/types.js';

/** Which grouping set a row belongs to (0 = grouped by that column) and its key. */
export interface GroupKey {
  readonly ga: number;
  readonly gs: number;
  readonly gl: number;
  readonly agent_key: string;
  readonly script: string;
  readonly version: string;
  readonly locale: string;
}

export interface StepGroupRow extends GroupKey {
  readonly gst: number;
  readonly gstep: number;
  readonly stage: string;
  readonly kind: string;
  readonly n: number;
}

interface SessionCounts extends GroupKey {
  readonly sessions: number;
  readonly completed: number;
  readonly aborted: number;
  readonly interrupted: number;
  readonly median_call: number | null;
}

type Kind = 'total' | 'agents' | 'scripts' | 'locales';

function placeOf(r: GroupKey): [Kind, string] {
  if (r.ga === 0) return ['agents', r.agent_key];
  if (r.gs === 0) return ['scripts', `${r.script}\u0000${r.version}`];
  if (r.gl === 0) return ['locales', r.locale];
  return ['total', ''];
}

/** A group's totals as over files, with its median call as PostgreSQL computed it. */
type Totals = Omit<GroupTotals, 'callMs'> & { median: number | null };

export function groupTotals(
  sessions: readonly SessionCounts[],
  outcomes: readonly (GroupKey & { outcome: string; n: number })[],
  steps: readonly StepGroupRow[],
) {
  const all = new Map<string, Totals>();
  const of = (r: GroupKey): Totals => {
    const key = placeOf(r).join('\u0001');
    let t = all.get(key);
    if (!t) {
      t = {
        sessions: 0,
        completed: 0,
        aborted: 0,
        interrupted: 0,
        outcomes: new Map(),
        entered: 0,
        done: 0,
        skipped: 0,
        median: null,
      };
      all.set(key, t);
    }
    return t;
  };
  for (const r of sessions) {
    Object.assign(of(r), {
      sessions: r.sessions,
      completed: r.completed,
      aborted: r.aborted,
      interrupted: r.interrupted,
      median: r.median_call,
    });
  }
  for (const r of outcomes) of(r).outcomes.set(r.outcome, r.n);
  for (const r of steps) {
    const t = of(r);
    if (r.kind === 'enter') t.entered += r.n;
    else if (r.kind === 'done') t.done += r.n;
    else t.skipped += r.n;
  }
  const rows = (kind: Kind) => {
    const out = new Map<string, GroupRow>();
    for (const r of sessions) {
      const [k, key] = placeOf(r);
      if (k === kind) out.set(key, groupRow(of(r), of(r).median));
    }
    return out;
  };
  const total =
    rows('total').get('') ??
    groupRow(of({ ga: 1, gs: 1, gl: 1, agent_key: '', script: '', version: '', locale: '' }), null);
  return {
    total: { row: total },
    agents: rows('agents'),
    scripts: rows('scripts'),
    locales: rows('locales'),
    agentStages(cells: readonly StepGroupRow[], shown: (key: string) => string): AgentStageRow[] {
      const byAgent = new Map<
        string,
        Map<string, { entered: number; done: number; skipped: number }>
      >();
      for (const c of cells) {
        const row = byAgent.get(c.agent_key) ?? new Map();
        byAgent.set(c.agent_key, row);
        const cell = row.get(c.stage) ?? { entered: 0, done: 0, skipped: 0 };
        row.set(c.stage, cell);
        if (c.kind === 'enter') cell.entered += c.n;
        else if (c.kind === 'done') cell.done += c.n;
        else cell.skipped += c.n;
      }
      return agentStageRows(byAgent, shown);
    },
  };
}
