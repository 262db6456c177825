/**
 * What a log line means (docs/log-format.md §9), decided once for every reader:
 * whether a line is a usable start line, which event it is, or why it is
 * skipped. An event line must have a readable time and every field its type
 * requires, of the right type; fields it may lack get their documented default
 * where they are read. Times are read in place (scan/time.ts), never copied.
 */
import { STAGES } from '../../script/types.js';
import { LOG_FORMAT_VERSION } from '../index.js';
import type { LineFields } from './scan/fields.js';
import { isTimeAt, timeAt } from './scan/time.js';

export const ENTER = 0;
export const DONE = 1;
export const SKIP = 2;
export const CHOICE = 3;
export const NOTE = 4;
export const BACK = 5;
export const CAPTURE = 6;
export const TOGGLE = 7;
export const END = 8;
/** Codes of lines that are not events: counted, never handed on. */
export const CORRUPT = -1;
export const UNKNOWN_TYPE = -2;
export const NEWER_VERSION = -3;

/** The line's time in epoch ms (NaN when it has none or cannot be read). */
export function lineTime(f: LineFields, text: string): number {
  if (f.tStart >= 0) return timeAt(text, f.tStart, f.tEnd);
  return f.t === undefined ? Number.NaN : timeAt(f.t, 0, f.t.length);
}

/** Whether the line has a time that can be read (cheaper than reading it). */
export function hasTime(f: LineFields, text: string): boolean {
  if (f.tStart >= 0) return isTimeAt(text, f.tStart, f.tEnd);
  return f.t !== undefined && isTimeAt(f.t, 0, f.t.length);
}

/** Whether the line has a time at all: a string, read only where a time is needed. */
export function hasTimeText(f: LineFields): boolean {
  return f.tStart >= 0 || f.t !== undefined;
}

const isCount = (n: number | undefined): n is number =>
  n !== undefined && Number.isSafeInteger(n) && n >= 0;

/** A start line this reader can use; a newer one is told apart by `startVersion`. */
export function isStartLine(f: LineFields, text: string): boolean {
  return (
    f.type === 'start' &&
    f.v !== undefined &&
    Number.isSafeInteger(f.v) &&
    f.hasScript &&
    f.scriptId !== undefined &&
    f.scriptSha !== undefined &&
    f.session !== undefined &&
    hasTime(f, text)
  );
}

export function isNewerVersion(v: number | undefined): boolean {
  return v !== undefined && v > LOG_FORMAT_VERSION;
}

const STAGE_NAMES: ReadonlySet<string> = new Set(STAGES);

function stepEvent(f: LineFields): boolean {
  return f.step !== undefined && f.stage !== undefined && STAGE_NAMES.has(f.stage);
}

/** The code of an event type; CORRUPT without a type, UNKNOWN_TYPE for another one. */
function typeCode(type: string | undefined): number {
  switch (type) {
    case 'enter':
      return ENTER;
    case 'done':
      return DONE;
    case 'skip':
      return SKIP;
    case 'choice':
      return CHOICE;
    case 'note':
      return NOTE;
    case 'back':
      return BACK;
    case 'capture':
      return CAPTURE;
    case 'toggle':
      return TOGGLE;
    case 'end':
      return END;
    default:
      return type === undefined ? CORRUPT : UNKNOWN_TYPE;
  }
}

/**
 * The code of an event line after the start line (`headerV`: the start line's
 * version; `timed`: whether it has a readable time, from hasTime).
 */
export function eventCode(f: LineFields, headerV: number, timed: boolean): number {
  if (isNewerVersion(f.v ?? headerV)) return NEWER_VERSION;
  const code = typeCode(f.type);
  if (code < 0) return code;
  if (!timed) return CORRUPT;
  switch (code) {
    case ENTER:
      return stepEvent(f) ? code : CORRUPT;
    case DONE:
    case SKIP:
      return stepEvent(f) && isCount(f.ms) ? code : CORRUPT;
    case CHOICE:
      return f.step !== undefined && f.option !== undefined ? code : CORRUPT;
    case NOTE:
      return f.step !== undefined && f.text !== undefined ? code : CORRUPT;
    case BACK:
      return f.from !== undefined && f.to !== undefined ? code : CORRUPT;
    case CAPTURE:
      return f.step !== undefined && f.varName !== undefined && f.value !== undefined
        ? code
        : CORRUPT;
    case TOGGLE:
      return f.step !== undefined && isCount(f.item) && f.checked !== undefined ? code : CORRUPT;
    default:
      return f.status === 'completed' || f.status === 'aborted' ? code : CORRUPT;
  }
}

/** An end line's own duration, or undefined when it has none (readers then use the times). */
export function endMs(f: LineFields): number | undefined {
  return isCount(f.ms) ? f.ms : undefined;
}

/** A list of strings from JSON text (an end line's `skipped`, `unreached`); others dropped. */
export function stringList(json: string | undefined): string[] {
  if (json === undefined) return [];
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

/** A last line that lost only its line break still counts (log format §9, rule 1). */
export function wholeObject(str: string, start: number, end: number): boolean {
  try {
    const value: unknown = JSON.parse(str.slice(start, end));
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
