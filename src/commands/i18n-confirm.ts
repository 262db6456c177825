/**
 * `coach i18n confirm <paths...>`: records that the translations of the scripts
 * (or of one `--locale`, or one `--step`) match the current source text, in the
 * lock file beside each script. The scripts themselves are never written.
 */
import { basename } from 'node:path';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { confirm, hasStep } from '../i18n-tools/confirm.js';
import { loadScripts } from '../i18n-tools/load.js';
import { formatLock, sameLock } from '../i18n-tools/lock.js';
import { localeOption, promisedLocale } from '../i18n-tools/options.js';
import { problemsText } from '../i18n-tools/problems.js';
import { createSink } from '../io/sink.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Handler } from './command.js';

export interface I18nConfirmOptions {
  readonly locale?: string;
  readonly step?: string;
}

const handler: Handler<[paths: string[]], I18nConfirmOptions> = async ({ args, opts }) => {
  const locale = localeOption(opts.locale, false);
  const { step } = opts;
  const { scripts, problems } = await loadScripts(args[0]);
  process.stderr.write(problemsText(problems));
  if (problems.length > 0) throw UsageError.alreadyReported();
  if (locale !== undefined) promisedLocale(scripts, locale);
  if (step !== undefined && !scripts.some((s) => hasStep(s.table, step))) {
    throw new UsageError('i18n.errors.unknownStep', { step });
  }
  let total = 0;
  const out: string[] = [];
  for (const script of scripts) {
    const result = confirm(script.table, script.lock, {
      ...(locale ? { locale } : {}),
      ...(step ? { step } : {}),
    });
    const changed = !sameLock(result.lock, script.lock) || (!script.locked && result.lock.size > 0);
    if (changed)
      await writeFileAtomic(script.lockFile, formatLock(result.lock, basename(script.file)), {
        shared: true,
      });
    total += result.count;
    if (result.count > 0) {
      out.push(
        sanitizeLine(t('i18n.confirm.file', { file: script.lockFile, count: result.count })),
      );
    }
  }
  out.push(t('i18n.confirm.total', { count: total }));
  createSink(process.stdout).send(`${out.join('\n')}\n`);
};

export default handler;
