/**
 * Checks what was read from one file: the checker for text, a file-level
 * diagnostic for what could not be read as a script. The checker promises not to
 * throw; should it throw anyway, the file gets a diagnostic and the run goes on.
 */
import type { Diagnostic } from '../script/diagnostic.js';
import { checkScript } from '../script/index.js';
import type { Script } from '../script/types.js';
import { MAX_SCRIPT_BYTES, type ReadResult } from './read.js';

export interface CheckedFile {
  /** The text the positions refer to, when the file could be read as text. */
  readonly source?: string;
  /** The checked script, when it has no errors. */
  readonly script?: Script;
  readonly diagnostics: readonly Diagnostic[];
}

const START = { line: 1, col: 1 } as const;

function fileDiagnostic(code: Diagnostic['code'], params: Diagnostic['params'] = {}): Diagnostic {
  return { code, severity: 'error', params, start: START };
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.start.line - b.start.line || a.start.col - b.start.col;
}

export function checkFile(
  read: Exclude<ReadResult, { kind: 'problem' }>,
  maxBytes = MAX_SCRIPT_BYTES,
): CheckedFile {
  if (read.kind === 'tooLarge') {
    return {
      diagnostics: [fileDiagnostic('FILE_TOO_LARGE', { bytes: read.bytes, limit: maxBytes })],
    };
  }
  if (read.kind === 'binary') return { diagnostics: [fileDiagnostic('BINARY_FILE')] };
  try {
    const { script, diagnostics } = checkScript(read.text, { maxBytes });
    // Array.prototype.sort is stable, so equal positions keep the checker's order.
    const sorted = [...diagnostics].sort(byPosition);
    return script
      ? { source: read.text, script, diagnostics: sorted }
      : { source: read.text, diagnostics: sorted };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { source: read.text, diagnostics: [fileDiagnostic('CHECK_FAILED', { reason })] };
  }
}
