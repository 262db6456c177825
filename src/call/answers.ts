/**
 * `--answers FILE`: a YAML list of actions applied in order instead of keys, for demos
 * and tests. Parsing is pure; the command reads the file and applies the actions.
 */
import { parse } from 'yaml';
import { UsageError } from '../errors.js';
import { type Action, OUTCOMES, type Outcome } from '../session/types.js';

export interface Answer {
  /** 1-based position in the file, for error messages. */
  readonly entry: number;
  readonly action: Action;
}

const isOutcome = (value: unknown): value is Outcome =>
  typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);

function bad(entry: number): UsageError {
  return new UsageError('answers.badEntry', { entry }, { hint: 'answers.badEntryHint' });
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
    throw new UsageError('answers.notYaml', {}, { hint: 'answers.badEntryHint' });
  }
  if (!Array.isArray(data)) {
    throw new UsageError('answers.notAList', {}, { hint: 'answers.badEntryHint' });
  }
  return data.map((raw, index) => ({ entry: index + 1, action: toAction(raw, index + 1) }));
}
