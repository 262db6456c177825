/** Checks of the i18n commands' options; a bad value is a usage error (exit 2). */
import { UsageError } from '../errors.js';

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$/;

/** Languages Unicode names: `xx` has the shape of a code but is no language. */
const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

function isLanguage(code: string): boolean {
  if (!LOCALE.test(code)) return false;
  try {
    return LANGUAGES.of(code.split('-')[0] as string) !== undefined;
  } catch {
    return false;
  }
}

export const FORMATS = ['csv', 'xliff', 'po'] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** `--locale`, checked; a required one that is missing is a usage error too. */
export function localeOption(value: string | undefined, required: true): string;
export function localeOption(value: string | undefined, required: false): string | undefined;
export function localeOption(value: string | undefined, required: boolean): string | undefined {
  if (value === undefined) {
    if (required)
      throw new UsageError('i18n.errors.localeRequired', {}, { hint: 'i18n.errors.localeHint' });
    return undefined;
  }
  if (!isLanguage(value)) {
    throw new UsageError(
      'i18n.errors.badLocale',
      { locale: value },
      { hint: 'i18n.errors.localeHint' },
    );
  }
  return value;
}

const isFormat = (value: string): value is ExportFormat =>
  (FORMATS as readonly string[]).includes(value);

export function formatOption(value: string | undefined): ExportFormat {
  const format = value === undefined ? 'csv' : value.toLowerCase();
  if (isFormat(format)) return format;
  throw new UsageError(
    'i18n.errors.badFormat',
    { format: String(value) },
    { hint: 'i18n.errors.formatHint' },
  );
}

interface Promising {
  readonly file: string;
  readonly table: { readonly locales: readonly string[] };
}

/**
 * `--locale` must be a language every script named promises (its `locales`): rows or
 * confirmations for another would be work no check ever asks for.
 */
export function promisedLocale(scripts: readonly Promising[], locale: string): void {
  const other = scripts.find((s) => !s.table.locales.includes(locale));
  if (!other) return;
  const promised = other.table.locales.join(', ');
  throw new UsageError(
    'i18n.errors.notPromised',
    { file: other.file, locale, promised },
    { hint: 'i18n.errors.notPromisedHint' },
  );
}
