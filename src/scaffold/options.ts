/**
 * The choices `coach new` turns its flags into: which locales, which id, which title.
 */
import { UsageError } from '../errors.js';
import { isLocale, LOCALES, type Locale } from '../i18n/locale.js';
import { sanitizeLine } from '../text/sanitize.js';
import { ID_PATTERN, idFromFileName } from './slug.js';

const LOCALES_HINT = {
  hint: 'new.errors.localesHint',
  hintParams: { locales: LOCALES.join(', ') },
};

/** `en,pt,pl` → ['en', 'pt', 'pl']: trimmed, lowercased, without repeats; none given → fallback. */
export function parseLocaleList(value: string | undefined, fallback: Locale): Locale[] {
  if (value === undefined) return [fallback];
  const codes = value
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  if (codes.length === 0) throw new UsageError('new.errors.noLocales', {}, LOCALES_HINT);
  const locales: Locale[] = [];
  for (const code of codes) {
    const locale = code.toLowerCase();
    if (!isLocale(locale))
      throw new UsageError('new.errors.badLocale', { locale: code }, LOCALES_HINT);
    if (!locales.includes(locale)) locales.push(locale);
  }
  return locales;
}

/** `--id` when given (and valid), else an id made from the file name. */
export function scriptIdFor(value: string | undefined, file: string): string {
  if (value === undefined) return idFromFileName(file);
  if (!ID_PATTERN.test(value))
    throw new UsageError('new.errors.badId', { id: value }, { hint: 'new.errors.badIdHint' });
  return value;
}

/** `--title` as one clean line, or undefined for the placeholder. */
export function titleFrom(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const title = sanitizeLine(value).trim();
  return title === '' ? undefined : title;
}
