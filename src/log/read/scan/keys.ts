/**
 * The keys of format version 1, recognised in place so that the fast path never
 * copies a key, and the common words (event types, stages) shared as constants
 * so that no new string is made for them on each line.
 */

export const K_OTHER = 0;
export const K_T = 1;
export const K_SCRIPT = 2;

/** Ids from 1, in this order; the kind of value each key holds follows from its id. */
const NAMES = [
  't',
  'script',
  // JSON text (arrays, objects): 3–5
  'skipped',
  'unreached',
  'vars',
  // numbers: 6–8
  'v',
  'ms',
  'item',
  // booleans: 9–10
  'checked',
  'logPii',
  // strings: 11 on
  'type',
  'step',
  'stage',
  'reason',
  'status',
  'outcome',
  'option',
  'var',
  'value',
  'text',
  'from',
  'to',
  'session',
  'locale',
  'agent',
  'host',
  'coach',
] as const;

export const FIRST_NUMBER = 6;
export const FIRST_BOOLEAN = 9;
export const FIRST_STRING = 11;

/** Keys by length, so a key is compared with the few names of its length only. */
const BY_LENGTH: [string, number][][] = [];
NAMES.forEach((name, i) => {
  BY_LENGTH[name.length] ??= [];
  BY_LENGTH[name.length]?.push([name, i + 1]);
});

/** Which key `s[a..b)` is; K_OTHER for a key the format does not define. */
export function keyId(s: string, a: number, b: number): number {
  const candidates = BY_LENGTH[b - a];
  if (candidates === undefined) return K_OTHER;
  for (const [name, id] of candidates) if (s.startsWith(name, a)) return id;
  return K_OTHER;
}

/** Key name → id, for the JSON.parse path. */
export const KEY_IDS: ReadonlyMap<string, number> = new Map(NAMES.map((name, i) => [name, i + 1]));

export const isJsonKey = (id: number): boolean => id >= 3 && id < FIRST_NUMBER;
export const isStringKey = (id: number): boolean => id >= FIRST_STRING || id === K_T;

const KNOWN_WORDS = [
  'enter',
  'done',
  'skip',
  'end',
  'start',
  'choice',
  'capture',
  'note',
  'toggle',
  'back',
  'greeting',
  'rapport',
  'needs',
  'solutions',
  'gratitude',
];

/** `s[a..b)` as one of the shared words when it is one. */
export function knownWord(s: string, a: number, b: number): string | undefined {
  for (const word of KNOWN_WORDS) {
    if (word.length === b - a && s.startsWith(word, a)) return word;
  }
  return undefined;
}
