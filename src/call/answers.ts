/**
 * `--answers FILE`: a YAML list of actions applied in order instead of keys, for demos
 * and tests. Reading the file, parsing it (pure) and applying the actions to a call
 * are here; an entry that cannot be used is a usage error naming it (exit 2).
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { type Action, isOutcome } from '../session/types.js';
import type { Recorder } from './recorder.js';

export interface Answer {
  /** 1-based position in the file, for error messages. */
  readonly entry: number;
  readonly action: Action;
}

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
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new UsageError('answers.unreadable', { path: file }, { ...HINT, cause });
  }
  return parseAnswers(text);
}

/**
 * Applies the answers in order, each written to the log before the next. Answers
 * that stop before the end close the call as cut short; one that does not fit
 * closes it too and names the entry.
 */
export function applyAnswers(
  recorder: Recorder,
  answers: readonly Answer[],
  clock: () => number = Date.now,
): void {
  for (const { entry, action } of answers) {
    if (recorder.state.status === 'ended')
      throw new UsageError('answers.afterEnd', { entry }, HINT);
    const transition = recorder.apply(action, clock());
    if (!transition.ok) {
      recorder.abort(clock());
      const reason = t(`run.reject.${transition.reason}`);
      throw new UsageError('answers.doesNotFit', { entry, reason }, HINT);
    }
  }
  recorder.abort(clock());
}
