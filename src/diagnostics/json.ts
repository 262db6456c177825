/**
 * `coach validate --json`: one array of diagnostics, written as the files are
 * checked. Positions are 1-based; columns count UTF-16 code units as in the text
 * output. JSON.stringify escapes C0 controls but leaves DEL, C1 controls and
 * bidirectional overrides raw, so those are escaped too: the output stays valid,
 * lossless JSON and still cannot drive a terminal it is printed to.
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

const UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
