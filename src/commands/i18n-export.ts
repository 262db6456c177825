/**
 * `coach i18n export <paths...> --locale <l> [--format csv|xliff|po] [--out FILE]`:
 * one row per text of the scripts for translators, to stdout or to a file.
 */
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { writeCsv } from '../i18n-tools/csv.js';
import { loadScripts } from '../i18n-tools/load.js';
import { noteWriter } from '../i18n-tools/note.js';
import { formatOption, localeOption, promisedLocale } from '../i18n-tools/options.js';
import { writePo } from '../i18n-tools/po.js';
import { problemsText } from '../i18n-tools/problems.js';
import { exportRows } from '../i18n-tools/rows.js';
import { writeXliff } from '../i18n-tools/xliff.js';
import { createSink } from '../io/sink.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Handler } from './command.js';

export interface I18nExportOptions {
  readonly locale?: string;
  readonly format?: string;
  readonly out?: string;
}

const handler: Handler<[paths: string[]], I18nExportOptions> = async ({ args, opts }) => {
  const locale = localeOption(opts.locale, true);
  const format = formatOption(opts.format);
  const { scripts, problems } = await loadScripts(args[0]);
  process.stderr.write(problemsText(problems));
  if (problems.length > 0) throw UsageError.alreadyReported();
  promisedLocale(scripts, locale);
  const rows = exportRows(scripts, locale, noteWriter(locale));
  const text =
    format === 'csv'
      ? writeCsv(rows)
      : format === 'po'
        ? writePo(rows, locale)
        : writeXliff(rows, locale);
  if (opts.out !== undefined) {
    await writeFileAtomic(opts.out, text, { shared: true });
    process.stderr.write(
      `${sanitizeLine(t('i18n.export.written', { count: rows.length, file: opts.out, language: locale }))}\n`,
    );
  } else await createSink(process.stdout).write(text);
};

export default handler;
