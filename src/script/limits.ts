/**
 * How much a script, and what a call adds to it, may hold. Everything coach writes
 * to a session log is one line, and the log readers skip a line longer than
 * MAX_LOG_LINE_BYTES: what a script may hold is bounded here so that no line
 * written from it can come near that, whatever the agent does. The checker
 * enforces the script's limits (`TOO_LONG`, `TOO_MANY_STEPS`); the live call
 * applies MAX_VALUE_LENGTH to `--var` and captured values. test/script/limits.test.ts
 * writes the largest lines a script at these limits can give and measures them.
 */

/**
 * The longest line a log reader reads, in UTF-8 bytes; a longer one is skipped.
 * The log's readers and writers take it from here.
 * @public
 */
export const MAX_LOG_LINE_BYTES = 1024 * 1024;

/** The largest script file, in UTF-8 bytes (`FILE_TOO_LARGE`). */
export const MAX_SCRIPT_BYTES = 1024 * 1024;

/**
 * Longest id (of the script, a step, an option) and variable name, in characters.
 * Ids are written into almost every line of a log.
 */
export const MAX_NAME_LENGTH = 64;

/** Longest `version` label, in characters: it is written into every start line. */
export const MAX_VERSION_LENGTH = 100;

/**
 * Longest value of a variable, in characters, wherever it comes from: a `default`,
 * `--var name=value`, or what the agent types in for a capture (written into the
 * start line and the capture lines).
 */
export const MAX_VALUE_LENGTH = 1000;

/** Longest text of a script (a `say`, a tip, a label), in characters. */
export const MAX_TEXT_LENGTH = 5000;

/** Most steps in a script: the end line lists the steps skipped and not reached. */
export const MAX_STEPS = 1000;

/**
 * Characters of `text` (code points: an emoji counts one), counted only when its
 * UTF-16 length could be over `limit`.
 */
export function charactersOver(text: string, limit: number): number | undefined {
  if (text.length <= limit) return undefined;
  let count = 0;
  for (const _ of text) count++;
  return count > limit ? count : undefined;
}
