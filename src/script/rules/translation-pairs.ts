/**
 * Each translation beside the source-locale text it was made from: the same text
 * map, the same list item. Texts still marked `TODO` are left out: they are
 * reported as such, and a scaffold's placeholders are alike in every locale.
 */
import type { Path } from '../issues.js';
import type { RuleContext } from './context.js';
import { stringPath, type TextField } from './text-fields.js';

export interface TranslationPair {
  readonly field: TextField;
  readonly source: string;
  readonly text: string;
  readonly locale: string;
  readonly item: number | undefined;
}

export function forEachTranslation(
  ctx: RuleContext,
  visit: (pair: TranslationPair) => void,
  fields: readonly TextField[] = ctx.texts,
): void {
  const sourceLocale = ctx.draft.source;
  for (const field of fields) {
    const original = field.map[sourceLocale];
    if (original === undefined) continue;
    for (const locale in field.map) {
      if (locale === sourceLocale) continue;
      const value = field.map[locale];
      if (typeof original === 'string') {
        if (typeof value === 'string') pair(field, original, value, locale, undefined, visit);
      } else if (Array.isArray(value)) {
        const count = Math.min(original.length, value.length);
        for (let k = 0; k < count; k++) {
          pair(field, original[k] as string, value[k] as string, locale, k, visit);
        }
      }
    }
  }
}

function pair(
  field: TextField,
  source: string,
  text: string,
  locale: string,
  item: number | undefined,
  visit: (pair: TranslationPair) => void,
): void {
  if (typeof source !== 'string' || typeof text !== 'string') return;
  if (source.includes('TODO') || text.includes('TODO')) return;
  visit({ field, source, text, locale, item });
}

/** Where a problem with a translation is shown: at its value. */
export function translationPath(pair: TranslationPair): Path {
  return stringPath(pair.field, pair.locale, pair.item);
}
