/**
 * The lock file beside a script (`retail-returns.yaml` → `retail-returns.i18n.lock`):
 * for each text key, the hash of the source text each locale's translation was
 * made from. One line per text, keys and locales sorted, so a confirmed
 * translation changes one line of a diff. It is YAML read with the failsafe
 * schema (every value a string: a hash of digits stays text). The name does not
 * end in .yaml so that folders of scripts never mistake it for a script. Pure.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { byCodeUnits } from '../text/compare.js';

/** key → locale → hash. */
export type Lock = ReadonlyMap<string, ReadonlyMap<string, string>>;
export type MutableLock = Map<string, Map<string, string>>;

export interface LockProblem {
  readonly line: number;
  readonly col: number;
}

export type LockRead = { readonly lock: MutableLock } | { readonly problem: LockProblem };

const KEY = /^[A-Za-z0-9_.-]+$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/;
const HASH = /^[0-9a-f]+$/;

export function lockPathFor(scriptPath: string): string {
  return `${scriptPath.replace(/\.ya?ml$/i, '')}.i18n.lock`;
}

export function parseLock(text: string): LockRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter, prettyErrors: false });
  const at = (offset: number) => ({ problem: lineCounter.linePos(offset) });
  if (doc.errors.length > 0) return at(doc.errors[0]?.pos[0] ?? 0);
  const lock: MutableLock = new Map();
  if (doc.contents === null) return { lock };
  if (!isMap(doc.contents)) return at(doc.contents.range?.[0] ?? 0);
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!KEY.test(key) || !isMap(pair.value)) {
      return at((isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? 0);
    }
    const hashes = new Map<string, string>();
    for (const entry of pair.value.items) {
      const locale = isScalar(entry.key) ? String(entry.key.value) : '';
      const hash = isScalar(entry.value) ? String(entry.value.value) : '';
      if (!LOCALE.test(locale) || !HASH.test(hash)) {
        return at((isScalar(entry.key) ? entry.key.range?.[0] : pair.value.range?.[0]) ?? 0);
      }
      hashes.set(locale, hash);
    }
    lock.set(key, hashes);
  }
  return { lock };
}

/** The file's text; comments are not kept: the file is written by coach and read by diffs. */
export function formatLock(lock: Lock, scriptName: string): string {
  const lines = [
    `# Translation lock of ${scriptName}, written by \`coach i18n\`: for each text, the hash`,
    '# of the source text each translation was made from. See docs/translations.md.',
  ];
  for (const key of [...lock.keys()].sort(byCodeUnits)) {
    const hashes = lock.get(key);
    if (!hashes || hashes.size === 0) continue;
    const entries = [...hashes.keys()].sort(byCodeUnits).map((l) => `${l}: ${hashes.get(l)}`);
    lines.push(`${key}: { ${entries.join(', ')} }`);
  }
  return `${lines.join('\n')}\n`;
}

export function cloneLock(lock: Lock): MutableLock {
  return new Map([...lock].map(([key, hashes]) => [key, new Map(hashes)]));
}

export function sameLock(a: Lock, b: Lock): boolean {
  const entries = (lock: Lock) =>
    [...lock]
      .filter(([, h]) => h.size > 0)
      .map(([k, h]) => `${k}=${[...h].sort().join()}`)
      .sort()
      .join('\n');
  return entries(a) === entries(b);
}
