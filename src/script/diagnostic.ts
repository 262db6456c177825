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

/**
 * `checkScript` reports `Diagnostic<DiagnosticCode>`; a diagnostic in general may
 * also carry one of the codes `coach validate` gives a file the checker could not
 * answer for.
 */
export interface Diagnostic<Code extends DiagnosticCode | FileCode = DiagnosticCode | FileCode> {
  readonly code: Code;
  readonly severity: Severity;
  readonly params: Readonly<Record<string, string | number>>;
  readonly start: Position;
  /**
   * End of the offending range, exclusive, when known (for the caret underline);
   * never past the end of the start's line.
   */
  readonly end?: Position;
  /** Dotted path of the offending node, e.g. `steps.3.next` (list indexes from 0). */
  readonly path?: string;
}

/** Every code `checkScript` can report; `diag.<CODE>` in locales/*.json holds the message. */
export const DIAGNOSTIC_CODES = [
  'YAML_SYNTAX',
  'DUPLICATE_KEY',
  'EMPTY_FILE',
  'BINARY_FILE',
  'FILE_TOO_LARGE',
  'ALIAS_LIMIT',
  'TOO_DEEP',
  'NOT_A_MAPPING',
  'UNKNOWN_KEY',
  'WRONG_TYPE',
  'MISSING_KEY',
  'INVALID_VALUE',
  'UNSUPPORTED_VERSION',
  'DUPLICATE_STEP_ID',
  'DUPLICATE_OPTION_ID',
  'MISSING_STEP',
  'UNREACHABLE_STEP',
  'LOOP_WITHOUT_EXIT',
  'MISSING_STAGE',
  'STAGE_ORDER',
  'TOO_MANY_STEPS',
  'TOO_LONG',
  'CONTROL_CHARACTER',
  'UNDECLARED_CAPTURE',
  'UNKNOWN_VARIABLE',
  'VARIABLE_WITHOUT_VALUE',
  'VARIABLE_BEFORE_CAPTURE',
  'MISSING_TRANSLATION',
  'TOO_LONG_TO_READ',
  'TODO',
  'EMPTY_TEXT',
  'TRANSLATION_SAME_AS_SOURCE',
  'TRANSLATION_VARIABLES',
  'TRANSLATION_PUNCTUATION',
  'TRANSLATION_LENGTH',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/**
 * Codes `coach validate` reports about a file, never `checkScript` (whose codes are
 * at `diag.<CODE>`): their messages are at `validate.diag.<CODE>` in locales/*.json.
 */
export const FILE_CODES = ['CHECK_FAILED'] as const;
export type FileCode = (typeof FILE_CODES)[number];

export function isFileCode(code: string): code is FileCode {
  return (FILE_CODES as readonly string[]).includes(code);
}
