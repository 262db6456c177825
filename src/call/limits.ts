/**
 * How much text a call takes in, decided here for every way in that a call adds:
 * the screen's text fields, `--answers`, `--agent` and the recorder, which refuses
 * the rest. A variable's value and name are the script's limits
 * (src/script/limits.ts: `--var` and captures are held to what a default may be).
 * With these, no line coach writes reaches the readers' limit (MAX_LOG_LINE_BYTES):
 * a character takes at most 6 bytes in a log line (a control character escaped as
 * `\u0001`), and test/call/limits.test.ts writes the longest line each allows.
 * Characters are Unicode code points, as an agent counts them.
 */
import { charactersOver, MAX_NAME_LENGTH, MAX_VALUE_LENGTH } from '../script/limits.js';
import type { Action } from '../session/types.js';

/** The most characters each kind of text typed during a call may hold. */
export const TEXT_LIMITS = {
  /** A note: a few pages, complaints and compliments word for word. */
  note: 10_000,
  /** Why a step was skipped. */
  reason: 1_000,
  /** A variable's value, captured or given with `--var`: what a script's default may be. */
  value: MAX_VALUE_LENGTH,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;

/** The most characters of an agent's name (`--agent`, COACH_AGENT). */
export const AGENT_LIMIT = 100;
/** The most characters of a variable's name in `--var`: a script's variable names are no longer. */
export const VAR_NAME_LIMIT = MAX_NAME_LENGTH;
/** The most `--var` values one call starts with. */
export const VARS_LIMIT = 100;

/** Whether `text` holds at most `limit` characters. */
export function withinLimit(text: string, limit: number): boolean {
  return charactersOver(text, limit) === undefined;
}

export interface OverLimit {
  readonly kind: TextKind;
  readonly limit: number;
}

function over(kind: TextKind, text: unknown): OverLimit | undefined {
  const limit = TEXT_LIMITS[kind];
  return typeof text === 'string' && !withinLimit(text, limit) ? { kind, limit } : undefined;
}

/** The first text of an action that is longer than its kind allows. */
export function overLimit(action: Action): OverLimit | undefined {
  switch (action.type) {
    case 'note':
      return over('note', action.text);
    case 'skip':
      return over('reason', action.reason);
    case 'capture':
      for (const value of Object.values(action.values ?? {})) {
        const found = over('value', value);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}
