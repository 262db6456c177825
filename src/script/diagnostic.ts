/**
 * A problem found in a script. Diagnostics carry a stable CODE and parameters,
 * never prose: the command that prints them localizes `diag.<CODE>` with `params`.
 */
export type Severity = 'error' | 'warning';

export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, counted in UTF-16 code units as yaml's LineCounter does. */
  readonly col: number;
}

export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly params: Readonly<Record<string, string | number>>;
  readonly start: Position;
  /** End of the offending range, when known (for the caret underline). */
  readonly end?: Position;
  /** Dotted path of the offending node, e.g. `steps.3.next`. */
  readonly path?: string;
}
