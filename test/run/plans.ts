/**
 * Whole calls through each shipped script, written as `--answers` entries, each
 * following one branch and using every kind of action somewhere. `keys` is the log
 * the call must leave, written out by hand from the script's flow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkScript } from '../../src/script/index.js';
import type { Script } from '../../src/script/types.js';
import type { Action } from '../../src/session/types.js';
import { ROOT } from './cli.js';

/** One entry as the answers file spells it. */
export type Entry =
  | 'done'
  | 'back'
  | 'end'
  | { readonly skip: string }
  | { readonly choose: string }
  | { readonly capture: Readonly<Record<string, string>> }
  | { readonly note: string }
  | { readonly toggle: number }
  | { readonly end: 'resolved' | 'unresolved' | 'callback' | 'complaint' | 'compliment' };

export interface Plan {
  readonly script: string;
  readonly entries: readonly Entry[];
  readonly keys: readonly string[];
}

export const PLANS: readonly Plan[] = [
  {
    script: 'service-cycle',
    entries: [
      'done',
      { capture: { customer: 'Ana Lima' } },
      { note: 'asked to be called Ana' },
      'done',
      { skip: 'customer in a hurry' },
      { toggle: 1 },
      { toggle: 2 },
      { toggle: 1 },
      'done',
      'done',
      { choose: 'another-need' },
      'back',
      { choose: 'all-covered' },
      'done',
      { end: 'resolved' },
    ],
    keys: [
      'start',
      'enter:greet',
      'done:greet',
      'enter:name',
      'capture:name',
      'note:name',
      'done:name',
      'enter:remark',
      'skip:remark',
      'enter:need',
      'toggle:need',
      'toggle:need',
      'toggle:need',
      'done:need',
      'enter:solve',
      'done:solve',
      'enter:verify',
      'choice:verify',
      'done:verify',
      'enter:need',
      'back',
      'enter:verify',
      'choice:verify',
      'done:verify',
      'enter:thanks',
      'done:thanks',
      'end',
    ],
  },
  {
    script: 'retail-returns',
    entries: [
      'done',
      { capture: { customer: 'Rui Costa' } },
      'done',
      'done',
      { choose: 'buy' },
      { choose: 'work' },
      { note: 'wants a light one' },
      'done',
      { choose: 'all-covered' },
      'done',
      { end: 'callback' },
    ],
    keys: [
      'start',
      'enter:greet',
      'done:greet',
      'enter:name',
      'capture:name',
      'done:name',
      'enter:remark',
      'done:remark',
      'enter:need',
      'choice:need',
      'done:need',
      'enter:laptop-use',
      'choice:laptop-use',
      'done:laptop-use',
      'enter:laptop-work',
      'note:laptop-work',
      'done:laptop-work',
      'enter:verify',
      'choice:verify',
      'done:verify',
      'enter:thanks',
      'done:thanks',
      'end',
    ],
  },
  {
    script: 'complaint-handling',
    entries: [
      'done',
      { skip: 'declined' },
      'done',
      'done',
      'done',
      { choose: 'callback' },
      'done',
      { choose: 'agreed' },
      { capture: { reference: 'R-2026-118' } },
      'done',
      'done',
      { end: 'complaint' },
    ],
    keys: [
      'start',
      'enter:greet',
      'done:greet',
      'enter:name',
      'skip:name',
      'enter:reassure',
      'done:reassure',
      'enter:listen',
      'done:listen',
      'enter:empathy',
      'done:empathy',
      'enter:clarify',
      'choice:clarify',
      'done:clarify',
      'enter:callback',
      'done:callback',
      'enter:confirm',
      'choice:confirm',
      'done:confirm',
      'enter:reference',
      'capture:reference',
      'done:reference',
      'enter:thanks',
      'done:thanks',
      'end',
    ],
  },
];

/** The action an entry stands for, spelled out independently of the answers parser. */
export function actionOf(entry: Entry): Action {
  if (entry === 'done' || entry === 'back' || entry === 'end') return { type: entry };
  if ('skip' in entry) return { type: 'skip', reason: entry.skip };
  if ('choose' in entry) return { type: 'choose', option: entry.choose };
  if ('capture' in entry) return { type: 'capture', values: entry.capture };
  if ('note' in entry) return { type: 'note', text: entry.note };
  if ('toggle' in entry) return { type: 'toggle', item: entry.toggle - 1 };
  return { type: 'end', outcome: entry.end };
}

export const answersYaml = (entries: readonly unknown[]) => stringify(entries);

export function shippedScript(id: string): Script {
  const { script } = checkScript(readFileSync(join(ROOT, 'scripts', `${id}.yaml`), 'utf8'));
  if (!script) throw new Error(`the shipped script ${id} does not check`);
  return script;
}
