/**
 * The closing line of `coach validate`: "3 files checked: 2 errors, 1 warning"
 * or "All 3 files are valid.", with each language's plural forms.
 */
import type { ChalkInstance } from 'chalk';
import { t } from '../i18n/index.js';

export interface Counts {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
}

export function summaryLine({ files, errors, warnings }: Counts, paint: ChalkInstance): string {
  if (errors === 0 && warnings === 0) {
    return paint.green(t('validate.summary.valid', { count: files }));
  }
  const errorText = t('validate.summary.errors', { count: errors });
  const warningText = t('validate.summary.warnings', { count: warnings });
  const problems =
    errors > 0 && warnings > 0
      ? t('validate.summary.both', { errors: errorText, warnings: warningText })
      : errors > 0
        ? errorText
        : warningText;
  const line = t('validate.summary.checked', {
    files: t('validate.summary.files', { count: files }),
    problems,
  });
  return errors > 0 ? paint.red.bold(line) : paint.yellow.bold(line);
}
