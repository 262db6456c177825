/**
 * Problems as the stages find them, before they become `Diagnostic`s. The YAML and
 * shape stages know the offending node and give its offsets; the rules work on the
 * model and give a path, which is turned into a position only when a problem exists.
 */
import type { DiagnosticCode, Severity } from './diagnostic.js';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];
export type Params = Readonly<Record<string, string | number>>;

export interface Issue {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly params: Params;
  readonly path: Path;
  /** [start, end) offsets in the source, when the stage had the node at hand. */
  readonly range?: readonly [number, number];
  /** Without `range`: where to point, when not at `path` itself (a step → its id). */
  readonly at?: Path;
  /** Without `range`: point at the key of `path` rather than at its value. */
  readonly atKey?: boolean;
  /**
   * Without `range`: a piece of the scalar at `path` to point at, e.g. `{{name}}`,
   * or a pattern of its source (a character that may be written as an escape).
   */
  readonly needle?: string | RegExp;
}

export function error(code: DiagnosticCode, path: Path, params: Params = {}): Issue {
  return { code, severity: 'error', params, path };
}

export function warning(code: DiagnosticCode, path: Path, params: Params = {}): Issue {
  return { code, severity: 'warning', params, path };
}

/** Text from the file quoted in params, cut to a length a message can carry. */
export function shorten(text: string, max = 40): string {
  if (text.length <= max) return text;
  const cut =
    text.charCodeAt(max - 2) >= 0xd800 && text.charCodeAt(max - 2) <= 0xdbff ? max - 2 : max - 1;
  return `${text.slice(0, cut)}…`;
}

/** Params with an optional `suggestion`, left out when there is none. */
export function withSuggestion(params: Params, suggestion: string | undefined): Params {
  return suggestion === undefined ? params : { ...params, suggestion };
}
