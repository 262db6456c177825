/**
 * `--answers FILE` (docs/answers-format.md): a YAML list of actions applied in
 * order instead of keys, for demos and tests. Reading the file, parsing it and
 * playing it on the pure machine are done before the call starts, so a file that
 * does not fit the script leaves no log; an entry that cannot be used is a usage
 * error naming it (exit 2).
 */
import { parse } from 'yaml';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Script } from '../script/types.js';
import { readScriptFile } from '../script-files/read.js';
import { applyAction, startSession } from '../session/index.js';
import { type Action, isOutcome, type SessionState } from '../session/types.js';
import { type OverLimit, overLimit } from './limits.js';
import type { Recorder } from './recorder.js';

export interface Answer {
  /** 1-based position in the file, for error messages. */
  readonly entry: number;
  readonly action: Action;
}

/** An answers file holds a call's actions, not a library: anything larger is refused unread. */
const MAX_ANSWERS_BYTES = 16 * 1024 * 1024;

const HINT = { hint: 'answers.badEntryHint' } as const;

function bad(entry: number): UsageError {
  return new UsageError('answers.badEntry', { entry }, HINT);
}

function toAction(raw: unknown, entry: number): Action {
  if (raw === 'done' || raw === 'back') return { type: raw };
  if (raw === 'end') return { type: 'end' };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad(entry);
  const keys = Object.keys(raw);
  if (keys.length !== 1) throw bad(entry);
  const key = keys[0] as string;
  const value: unknown = (raw as Record<string, unknown>)[key];
  const text = typeof value === 'number' ? String(value) : value;
  switch (key) {
    case 'skip':
      if (text === null || text === undefined) return { type: 'skip', reason: '' };
      if (typeof text === 'string') return { type: 'skip', reason: text };
      break;
    case 'choose':
      if (typeof text === 'string') return { type: 'choose', option: text };
      break;
    case 'note':
      if (typeof text === 'string') return { type: 'note', text };
      break;
    case 'toggle':
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1) {
        return { type: 'toggle', item: value - 1 };
      }
      break;
    case 'end':
      if (isOutcome(value)) return { type: 'end', outcome: value };
      break;
    case 'capture':
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const values: Record<string, string> = {};
        for (const [name, v] of Object.entries(value)) {
          if (typeof v !== 'string' && typeof v !== 'number') throw bad(entry);
          Object.defineProperty(values, name, { value: String(v), enumerable: true });
        }
        return { type: 'capture', values };
      }
      break;
  }
  throw bad(entry);
}

export function parseAnswers(source: string): Answer[] {
  let data: unknown;
  try {
    data = parse(source, { maxAliasCount: 10, uniqueKeys: true });
  } catch {
    throw new UsageError('answers.notYaml', {}, HINT);
  }
  if (!Array.isArray(data)) throw new UsageError('answers.notAList', {}, HINT);
  return data.map((raw, index) => ({ entry: index + 1, action: toAction(raw, index + 1) }));
}

export async function readAnswers(file: string): Promise<Answer[]> {
  const read = await readScriptFile(file, MAX_ANSWERS_BYTES);
  switch (read.kind) {
    case 'text':
      return parseAnswers(read.text);
    case 'tooLarge': {
      const mib = MAX_ANSWERS_BYTES / (1024 * 1024);
      throw new UsageError('answers.tooLarge', { path: file, count: mib }, HINT);
    }
    case 'binary':
      throw new UsageError('answers.notYaml', {}, HINT);
    default:
      throw new UsageError('answers.unreadable', { path: file }, HINT);
  }
}

function tooLong(entry: number, { kind, limit }: OverLimit): UsageError {
  return new UsageError(`answers.tooLong.${kind}`, { entry, count: limit }, HINT);
}

function refused(entry: number, reason: string): UsageError {
  return new UsageError('answers.doesNotFit', { entry, reason: t(`run.reject.${reason}`) }, HINT);
}

/**
 * Plays the answers on the pure machine from the call's starting values: the first
 * entry that is too long, does not fit the step it meets or comes after the end is
 * a usage error, before any log exists.
 */
export function checkAnswers(
  script: Script,
  answers: readonly Answer[],
  vars: Readonly<Record<string, string>>,
): void {
  let state: SessionState = startSession(script, 0, vars).state;
  for (const { entry, action } of answers) {
    if (state.status === 'ended') throw new UsageError('answers.afterEnd', { entry }, HINT);
    const over = overLimit(action);
    if (over) throw tooLong(entry, over);
    const transition = applyAction(script, state, action, 0);
    if (!transition.ok) throw refused(entry, transition.reason);
    state = transition.state;
  }
}

/**
 * Applies checked answers in order, each handed to the log before the next.
 * Answers that stop before the end close the call as cut short; one that does not
 * fit after all (the file was not checked) closes it too and names the entry.
 */
export function applyAnswers(
  recorder: Recorder,
  answers: readonly Answer[],
  clock: () => number = Date.now,
): void {
  for (const { entry, action } of answers) {
    if (recorder.state.status === 'ended')
      throw new UsageError('answers.afterEnd', { entry }, HINT);
    const result = recorder.apply(action, clock());
    if (!result.ok) {
      recorder.abort(clock());
      const over = overLimit(action);
      throw over ? tooLong(entry, over) : refused(entry, result.reason);
    }
  }
  recorder.abort(clock());
}
