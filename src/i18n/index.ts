import i18next, { type TOptions } from 'i18next';
import bn from '../../locales/bn.json' with { type: 'json' };
import cs from '../../locales/cs.json' with { type: 'json' };
import en from '../../locales/en.json' with { type: 'json' };
import pl from '../../locales/pl.json' with { type: 'json' };
import pt from '../../locales/pt.json' with { type: 'json' };
import { DEFAULT_LOCALE, type Locale } from './locale.js';

export { detectLocale, isLocale, LOCALES, type Locale, localeFromTag } from './locale.js';

export const resources = { en, pt, pl, bn, cs } as const;

let current: Locale = DEFAULT_LOCALE;

/** Synchronous set-up so that `t()` works at once, before any command runs. */
export function initI18n(locale: Locale): void {
  current = locale;
  void i18next.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    initAsync: false,
    resources: Object.fromEntries(
      Object.entries(resources).map(([lng, translation]) => [lng, { translation }]),
    ),
    // Output goes to terminals, CSV and JSON; HTML writers escape on their own.
    interpolation: { escapeValue: false },
    returnNull: false,
  } as Parameters<typeof i18next.init>[0]);
}

export function currentLocale(): Locale {
  return current;
}

/** Translate a key in the current locale, or in `options.lng`. */
export function t(key: string, options?: TOptions): string {
  return i18next.t(key, options) as string;
}

/** A translator fixed to one locale: a session's screen may differ from the UI's locale. */
export function translatorFor(lng: Locale): (key: string, options?: TOptions) => string {
  return (key, options) => i18next.t(key, { ...options, lng }) as string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers in the locale's own digits (Bengali digits for bn). */
export function formatNumber(value: number, lng: Locale = current): string {
  let format = numberFormats.get(lng);
  if (!format) {
    format = new Intl.NumberFormat(lng);
    numberFormats.set(lng, format);
  }
  return format.format(value);
}
