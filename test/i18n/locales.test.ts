import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locale.js';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function load(locale: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8')) as Tree);
}

/** Keys without their plural suffix: `x_one`, `x_other` → `x`. */
function baseKeys(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map((k) => k.replace(PLURAL_SUFFIX, '')));
}

const interpolations = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();

const en = load('en');
const pluralBases = new Set(
  [...en.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')),
);

describe.each(LOCALES)('locale %s', (locale) => {
  const strings = load(locale);

  it('has exactly the keys of en.json', () => {
    expect([...baseKeys(strings.keys())].sort()).toEqual([...baseKeys(en.keys())].sort());
  });

  it('has every plural category its language uses, for every pluralized key', () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    for (const base of pluralBases) {
      for (const category of categories) {
        if (!strings.has(`${base}_${category}`)) missing.push(`${base}_${category}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('uses the same interpolation variables as en.json', () => {
    const mismatched: string[] = [];
    for (const [key, text] of strings) {
      const base = key.replace(PLURAL_SUFFIX, '');
      const source = en.get(key) ?? en.get(`${base}_other`);
      if (source === undefined) continue;
      const want = new Set(interpolations(source));
      const got = new Set(interpolations(text));
      // A plural form may leave out {{count}} ("one file" in some languages).
      want.delete('count');
      got.delete('count');
      if ([...want].join() !== [...got].join()) mismatched.push(key);
    }
    expect(mismatched).toEqual([]);
  });

  it('has no empty strings', () => {
    expect([...strings].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });
});
