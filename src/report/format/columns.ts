/**
 * The columns of the main table for each `--by` dimension, shared by the terminal
 * table and CSV: a field name (the CSV header, as in the JSON), how to read the
 * value from a row, and what kind of value it is (which decides alignment and
 * formatting).
 */
import type { Dimension, GroupRow, Report, StageRow, StepRow } from '../types.js';

export type Kind = 'text' | 'count' | 'rate' | 'ms';
export type Cell = string | number | null;

export interface Column<Row> {
  readonly name: string;
  readonly kind: Kind;
  readonly get: (row: Row) => Cell;
}

type AnyRow = Record<string, unknown>;

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
  { name: 'completed', kind: 'count', get: (r) => r.byStatus.completed },
  { name: 'aborted', kind: 'count', get: (r) => r.byStatus.aborted },
  { name: 'interrupted', kind: 'count', get: (r) => r.byStatus.interrupted },
  ...rates<GroupRow>(),
  { name: 'medianCallMs', kind: 'ms', get: (r) => r.medianCallMs },
];

const text = (name: string): Column<AnyRow> => ({
  name,
  kind: 'text',
  get: (r) => (r[name] === null || r[name] === undefined ? null : String(r[name])),
});

/** The top reasons as one cell: `reason (count); …`. */
export function reasonsCell(row: StepRow, other: string): string {
  return row.topReasons.map((r) => `${r.reason ?? other} (${r.count})`).join('; ');
}

export interface Table {
  readonly columns: readonly Column<AnyRow>[];
  readonly rows: readonly AnyRow[];
}

export function tableFor(report: Report, by: Dimension, other: string): Table {
  const as = (columns: Column<never>[]) => columns as unknown as Column<AnyRow>[];
  switch (by) {
    case 'step':
      return {
        columns: [
          text('script'),
          text('step'),
          text('stage'),
          ...as(rates<StepRow>()),
          ...as(timing<StepRow>()),
          { name: 'targetMs', kind: 'ms', get: (r) => (r as unknown as StepRow).targetMs },
          {
            name: 'topReasons',
            kind: 'text',
            get: (r) => reasonsCell(r as unknown as StepRow, other),
          },
        ],
        rows: report.steps as unknown as AnyRow[],
      };
    case 'stage':
      return {
        columns: [text('stage'), ...as(rates<StageRow>()), ...as(timing<StageRow>())],
        rows: report.stages as unknown as AnyRow[],
      };
    case 'agent':
      return {
        columns: [text('agent'), ...as(group())],
        rows: report.agents as unknown as AnyRow[],
      };
    case 'script':
      return {
        columns: [text('script'), text('version'), ...as(group())],
        rows: report.scripts as unknown as AnyRow[],
      };
    case 'locale':
      return {
        columns: [text('locale'), ...as(group())],
        rows: report.locales as unknown as AnyRow[],
      };
  }
}
