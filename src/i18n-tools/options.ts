/** Checks of the i18n commands' options; a bad value is a usage error (exit 2). */
import { UsageError } from '../errors.js';

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/;

export const FORMATS = ['csv', 'xliff', 'po'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export function localeOption(value: unknown, required: boolean): string | undefined {
  if (value === undefined) {
    if (required)
      throw new UsageError('i18n.errors.localeRequired', {}, { hint: 'i18n.errors.localeHint' });
    return undefined;
  }
  if (typeof value !== 'string' || !LOCALE.test(value)) {
    throw new UsageError(
      'i18n.errors.badLocale',
      { locale: String(value) },
      { hint: 'i18n.errors.localeHint' },
    );
  }
  return value;
}

export function formatOption(value: unknown): ExportFormat {
  const format = value === undefined ? 'csv' : String(value).toLowerCase();
  if ((FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
  throw new UsageError(
    'i18n.errors.badFormat',
    { format: String(value) },
    { hint: 'i18n.errors.formatHint' },
  );
}
