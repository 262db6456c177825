/**
 * The report's step counts from the database's finest totals: PostgreSQL counts
 * events per agent, script version, locale, stage, step and kind, and skips per
 * reason (a few thousand rows); these are summed here into each grouping the
 * report shows, in the shape of grouping sets (0 = grouped by that column).
 */
import type { StepGroupRow } from './groups.js';
import type { StepCount } from './steps.js';

export interface FineCount {
  readonly agent_key: string;
  readonly script: string;
  readonly version: string;
  readonly locale: string;
  readonly sha256: string;
  readonly stage: string;
  readonly step: string;
  readonly kind: string;
  /** A skip's reason; null for other kinds. */
  readonly reason: string | null;
  readonly n: number;
}

export type Rolled = StepGroupRow & StepCount;

export interface RolledUp {
  readonly rows: Rolled[];
  /** Skips of each step (script, NUL, step) by reason. */
  readonly reasons: Map<string, Map<string, number>>;
  /** The stages done events name, per step (script, NUL, step). */
  readonly doneStages: Map<string, Set<string>>;
}

const NONE = {
  agent_key: '',
  script: '',
  version: '',
  locale: '',
  sha256: '',
  stage: '',
  step: '',
};
type Flags = [number, number, number, number, number];

export function rollUp(fine: readonly FineCount[]): RolledUp {
  const rows = new Map<string, Rolled & { n: number; first_stage: string | null }>();
  const add = (flags: Flags, keys: Partial<FineCount>, r: FineCount) => {
    const key = `${flags.join('')}\u0000${Object.values(keys).join('\u0000')}\u0000${r.kind}`;
    let row = rows.get(key);
    if (!row) {
      const [ga, gs, gl, gst, gstep] = flags;
      row = { ...NONE, ...keys, ga, gs, gl, gst, gstep, kind: r.kind, n: 0, first_stage: null };
      rows.set(key, row);
    }
    row.n += r.n;
    if (r.stage !== '' && (row.first_stage === null || r.stage < row.first_stage)) {
      row.first_stage = r.stage;
    }
  };
  const reasons = new Map<string, Map<string, number>>();
  const doneStages = new Map<string, Set<string>>();
  for (const r of fine) {
    add([1, 1, 1, 1, 1], {}, r);
    add([0, 1, 1, 1, 1], { agent_key: r.agent_key }, r);
    add([1, 0, 1, 1, 1], { script: r.script, version: r.version }, r);
    add([1, 1, 0, 1, 1], { locale: r.locale }, r);
    add([0, 1, 1, 0, 1], { agent_key: r.agent_key, stage: r.stage }, r);
    add([1, 0, 1, 1, 0], { script: r.script, sha256: r.sha256, step: r.step }, r);
    const step = `${r.script}\u0000${r.step}`;
    if (r.reason !== null) {
      const byReason = reasons.get(step) ?? new Map<string, number>();
      byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + r.n);
      reasons.set(step, byReason);
    }
    if (r.kind === 'done') doneStages.set(step, (doneStages.get(step) ?? new Set()).add(r.stage));
  }
  return { rows: [...rows.values()], reasons, doneStages };
}
