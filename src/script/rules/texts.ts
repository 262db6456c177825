/** The texts themselves: complete in every promised locale, not empty, no placeholder left. */
import { error, type Issue, warning } from '../issues.js';
import type { RuleContext } from './context.js';
import { LISTED, listed } from './listed.js';
import { forEachString, stringPath } from './text-fields.js';

/**
 * One problem per text map, listing the promised locales it lacks. The work per
 * map follows the map's own size, however many locales a script promises.
 */
export function missingTranslations(ctx: RuleContext): Issue[] {
  const { locales } = ctx.draft;
  const promised = new Set(locales);
  const issues: Issue[] = [];
  for (const field of ctx.texts) {
    let present = 0;
    for (const locale in field.map) if (promised.has(locale)) present++;
    const count = promised.size - present;
    if (count === 0) continue;
    const missing: string[] = [];
    for (const locale of locales) {
      if (field.map[locale] !== undefined) continue;
      missing.push(locale);
      if (missing.length > LISTED) break;
    }
    issues.push(error('MISSING_TRANSLATION', field.path, { locales: listed(missing, count) }));
  }
  return issues;
}

/** `TODO` is what `coach new` writes where text, or a variable's default, is still to come. */
export function todos(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  for (const v of ctx.draft.variables) {
    if (!v.default?.includes('TODO')) continue;
    const path = ['variables', v.name, 'default'];
    issues.push({ ...warning('TODO', path, { language: ctx.draft.source }), needle: 'TODO' });
  }
  for (const field of ctx.texts) {
    forEachString(field, (text, locale, item) => {
      if (!text.includes('TODO')) return;
      const path = stringPath(field, locale, item);
      issues.push({ ...warning('TODO', path, { language: locale }), needle: 'TODO' });
    });
  }
  return issues;
}

export function emptyTexts(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  for (const field of ctx.texts) {
    forEachString(field, (text, locale, item) => {
      if (!isBlank(text)) return;
      issues.push(warning('EMPTY_TEXT', stringPath(field, locale, item), { language: locale }));
    });
  }
  return issues;
}

function isBlank(text: string): boolean {
  return text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '');
}
