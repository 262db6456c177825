/**
 * `coach validate --json`: one array of diagnostics, written as the files are
 * checked. Positions are 1-based; columns count UTF-16 code units as in the text
 * output; the JSON is written with safeJson, so it cannot drive a terminal.
 */
import type { Diagnostic } from '../script/diagnostic.js';
import { diagnosticMessage } from './message.js';

export interface JsonDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly endLine?: number;
  readonly endCol?: number;
  readonly severity: Diagnostic['severity'];
  readonly code: string;
  readonly message: string;
  readonly params: Diagnostic['params'];
}

export function jsonDiagnostic(file: string, d: Diagnostic): JsonDiagnostic {
  return {
    file,
    line: d.start.line,
    col: d.start.col,
    ...(d.end ? { endLine: d.end.line, endCol: d.end.col } : {}),
    severity: d.severity,
    code: d.code,
    message: diagnosticMessage(d),
    params: d.params,
  };
}
