/** Checks of the i18n commands' options; a bad value is a usage error (exit 2). */
import { UsageError } from '../errors.js';

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/;

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
  if (!LOCALE.test(value)) {
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
