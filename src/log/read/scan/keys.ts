/**
 * The keys of format version 1, recognised in place so that the fast path never
 * copies a key, and the common words (event types, stages) shared as constants
 * so that no new string is made for them on each line.
 */

export const K_OTHER = 0;
export const K_T = 1;
export const K_SCRIPT = 2;

/** Ids from 1, in this order (keyId knows them by heart); the kind of value follows from the id. */
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
  // booleans: 9–11
  'checked',
  'logPii',
  'answers',
  // strings: 12 on
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
export const FIRST_STRING = 12;

/**
 * Keys by length and their first and third letters (no two keys share all
 * three), so that finding a key is one table read and one comparison: it runs
 * for every key of every line.
 */
const slot = (length: number, first: number, third: number) =>
  length < 16 ? (length << 10) | ((first & 31) << 5) | (third & 31) : -1;
const SLOTS: number[] = new Array(16 << 10).fill(0);
NAMES.forEach((name, i) => {
  // The third letter as a line has it: a short key is followed by `":`.
  SLOTS[slot(name.length, name.charCodeAt(0), `${name}":`.charCodeAt(2))] = i + 1;
});

/** Which key `s[a..b)` is (the key's closing quote at `b`); K_OTHER for any other. */
export function keyId(s: string, a: number, b: number): number {
  const at = slot(b - a, s.charCodeAt(a), s.charCodeAt(a + 2));
  const id = at < 0 ? K_OTHER : (SLOTS[at] as number);
  return id !== K_OTHER && s.startsWith(NAMES[id - 1] as string, a) ? id : K_OTHER;
}

/** Key name → id, for the JSON.parse path. */
export const KEY_IDS: ReadonlyMap<string, number> = new Map(NAMES.map((name, i) => [name, i + 1]));

export const isJsonKey = (id: number): boolean => id >= 3 && id < FIRST_NUMBER;

/** Keys only some lines have (see LineFields.rare), one bit an id (ids are below 32). */
export const RARE_KEYS = [
  'script',
  'skipped',
  'unreached',
  'vars',
  'item',
  'checked',
  'logPii',
  'answers',
  'var',
  'value',
  'session',
  'locale',
  'agent',
  'host',
  'coach',
].reduce((bits, name) => bits | (1 << (KEY_IDS.get(name) as number)), 0);

export const isRareKey = (id: number): boolean => ((RARE_KEYS >>> id) & 1) === 1;
export const isStringKey = (id: number): boolean => id >= FIRST_STRING || id === K_T;

/** Event types and stage names, by length and first letter: one comparison a value. */
function candidate(s: string, a: number, length: number): string | undefined {
  const first = s.charCodeAt(a);
  switch (length) {
    case 3:
      return 'end';
    case 4:
      return first === 100 ? 'done' : first === 115 ? 'skip' : first === 110 ? 'note' : 'back';
    case 5:
      return first === 101 ? 'enter' : first === 115 ? 'start' : 'needs';
    case 6:
      return first === 99 ? 'choice' : 'toggle';
    case 7:
      return first === 99 ? 'capture' : 'rapport';
    case 8:
      return 'greeting';
    case 9:
      return first === 115 ? 'solutions' : 'gratitude';
    default:
      return undefined;
  }
}

/** `s[a..b)` as one of the shared words when it is one. */
export function knownWord(s: string, a: number, b: number): string | undefined {
  const word = candidate(s, a, b - a);
  return word !== undefined && s.startsWith(word, a) ? word : undefined;
}
