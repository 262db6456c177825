/**
 * A script id from a file name: `Store Returns.yaml` → `store-returns`.
 */
import { basename, extname } from 'node:path';
import { ID_PATTERN } from '../script/types.js';

/** The checker's own pattern: an id the scaffold makes or accepts must pass `coach validate`. */
export { ID_PATTERN };

/** Used when a name has no Latin letters or digits to keep (e.g. a Bengali file name). */
export const FALLBACK_ID = 'script';

/** Letters NFKD does not split into a base letter and a mark. */
const LATIN_EXTRA: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', đ: 'd' };

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøßæđ]/g, (letter) => LATIN_EXTRA[letter] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function idFromFileName(file: string): string {
  const name = basename(file);
  const ext = extname(name);
  const stem = /^\.ya?ml$/i.test(ext) ? name.slice(0, -ext.length) : name;
  const slug = slugify(stem);
  return ID_PATTERN.test(slug) ? slug : FALLBACK_ID;
}
