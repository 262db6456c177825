/**
 * The columns of the main table for each `--by` dimension, shared by the terminal
 * table, CSV and HTML: a field name (the CSV header, as in the JSON), how to read
 * the value from a row, and what kind of value it is (which decides alignment
 * and how it reads: a stage id becomes its name for people, stays an id in CSV).
 * Groups of sessions show their outcomes first, right after how many there are.
 */
import type { Dimension, GroupRow, Report, StageRow, StepRow } from '../types.js';
import { OUTCOME_COLUMNS, outcomeCounts } from './outcomes.js';

/** `name`: who or what a row is about (an agent, a script), shown with its invisible characters. */
export type Kind = 'text' | 'name' | 'stage' | 'count' | 'rate' | 'ms';
export type Cell = string | number | null;

/** Text is left-aligned, numbers right-aligned. */
export const isTextKind = (kind: Kind): boolean =>
  kind === 'text' || kind === 'name' || kind === 'stage';

export interface Column<Row> {
  readonly name: string;
  readonly kind: Kind;
  readonly get: (row: Row) => Cell;
}

type AnyRow = Record<string, unknown>;

/** How a skip reason is written: a label for people, or the logged text for CSV. */
export type ReasonText = (reason: string | null) => string;

const rates = <R extends StepRow | StageRow | GroupRow>(): Column<R>[] => [
  { name: 'entered', kind: 'count', get: (r) => r.entered },
  { name: 'done', kind: 'count', get: (r) => r.done },
  { name: 'skipped', kind: 'count', get: (r) => r.skipped },
  { name: 'skipRate', kind: 'rate', get: (r) => r.skipRate },
];

const timing = <R extends StepRow | StageRow>(): Column<R>[] => [
  { name: 'medianMs', kind: 'ms', get: (r) => r.medianMs },
  { name: 'p90Ms', kind: 'ms', get: (r) => r.p90Ms },
  { name: 'overTarget', kind: 'rate', get: (r) => r.overTarget },
];

const group = (): Column<GroupRow>[] => [
  { name: 'sessions', kind: 'count', get: (r) => r.sessions },
  ...OUTCOME_COLUMNS.map(
    (name): Column<GroupRow> => ({
      name,
      kind: 'count',
      get: (r) => outcomeCounts(r.sessions, r.byOutcome)[name],
    }),
  ),
  { name: 'completed', kind: 'count', get: (r) => r.byStatus.completed },
  { name: 'aborted', kind: 'count', get: (r) => r.byStatus.aborted },
  { name: 'interrupted', kind: 'count', get: (r) => r.byStatus.interrupted },
  ...rates<GroupRow>(),
  { name: 'medianCallMs', kind: 'ms', get: (r) => r.medianCallMs },
];

const text = (name: string, kind: Kind = 'text'): Column<AnyRow> => ({
  name,
  kind,
  get: (r) => (r[name] === null || r[name] === undefined ? null : String(r[name])),
});

/** The top reasons as one cell: `reason (count); …`. */
export function reasonsCell(row: StepRow, reason: ReasonText): string {
  return row.topReasons.map((r) => `${reason(r.reason)} (${r.count})`).join('; ');
}

export interface Table {
  readonly columns: readonly Column<AnyRow>[];
  readonly rows: readonly AnyRow[];
}

export function tableFor(report: Report, by: Dimension, reason: ReasonText): Table {
  const as = (columns: Column<never>[]) => columns as unknown as Column<AnyRow>[];
  switch (by) {
    case 'step':
      return {
        columns: [
          text('script', 'name'),
          text('step'),
          text('stage', 'stage'),
          ...as(rates<StepRow>()),
          ...as(timing<StepRow>()),
          { name: 'targetMs', kind: 'ms', get: (r) => (r as unknown as StepRow).targetMs },
          {
            name: 'topReasons',
            kind: 'text',
            get: (r) => reasonsCell(r as unknown as StepRow, reason),
          },
        ],
        rows: report.steps as unknown as AnyRow[],
      };
    case 'stage':
      return {
        columns: [text('stage', 'stage'), ...as(rates<StageRow>()), ...as(timing<StageRow>())],
        rows: report.stages as unknown as AnyRow[],
      };
    case 'agent':
      return {
        columns: [text('agent', 'name'), ...as(group())],
        rows: report.agents as unknown as AnyRow[],
      };
    case 'script':
      return {
        columns: [text('script', 'name'), text('version'), ...as(group())],
        rows: report.scripts as unknown as AnyRow[],
      };
    case 'locale':
      return {
        columns: [text('locale'), ...as(group())],
        rows: report.locales as unknown as AnyRow[],
      };
  }
}
