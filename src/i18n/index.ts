import { readFileSync } from 'node:fs';
import i18next, { type TOptions } from 'i18next';
import { packagePath } from '../paths.js';
import { smallInteger } from './digits.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locale.js';

export { detectLocale, isLocale, LOCALES, type Locale, localeFromTag } from './locale.js';

let current: Locale = DEFAULT_LOCALE;
let ready = false;
const loaded = new Set<string>();

function readLocale(lng: Locale): Record<string, unknown> {
  return JSON.parse(readFileSync(packagePath('locales', `${lng}.json`), 'utf8'));
}

function init(): void {
  if (ready) return;
  ready = true;
  void i18next.init({
    lng: current,
    fallbackLng: DEFAULT_LOCALE,
    initAsync: false,
    resources: {},
    // Output goes to terminals, CSV and JSON; HTML writers escape on their own.
    interpolation: { escapeValue: false },
    returnNull: false,
  } as Parameters<typeof i18next.init>[0]);
  // i18next's own `number` builds a new Intl.NumberFormat on every call.
  i18next.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? formatNumber(value, (lng ?? current) as Locale) : String(value),
  );
}

/**
 * Locale files are read when a string is first needed, and only those in use:
 * `coach --version` reads none, a command reads its locale and English (the
 * fallback).
 */
function ensureLocale(lng: string): void {
  init();
  for (const needed of [DEFAULT_LOCALE, lng]) {
    if (loaded.has(needed) || !isLocale(needed)) continue;
    loaded.add(needed);
    i18next.addResourceBundle(needed, 'translation', readLocale(needed), true, false);
  }
}

/** Sets the UI locale. */
export function initI18n(locale: Locale): void {
  current = locale;
  init();
  void i18next.changeLanguage(locale);
}

export function currentLocale(): Locale {
  return current;
}

/** Translate a key in the current locale, or in `options.lng`. */
export function t(key: string, options?: TOptions): string {
  ensureLocale((options?.lng as string | undefined) ?? i18next.language ?? current);
  return i18next.t(key, options) as string;
}

/** Whether `key` has a text in `lng` (or its fallback). */
export function hasText(key: string, lng: string = current): boolean {
  ensureLocale(lng);
  return i18next.exists(key, { lng });
}

/** A translator fixed to one locale: a session's screen may differ from the UI's locale. */
export function translatorFor(lng: Locale): (key: string, options?: TOptions) => string {
  return (key, options) => t(key, { ...options, lng });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers in the locale's own digits (Bengali digits for bn). */
export function formatNumber(value: number, lng: Locale = current): string {
  const small = smallInteger(value, lng);
  if (small !== undefined) return small;
  let format = numberFormats.get(lng);
  if (!format) {
    format = new Intl.NumberFormat(lng);
    numberFormats.set(lng, format);
  }
  return format.format(value);
}
