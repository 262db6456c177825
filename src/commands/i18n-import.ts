/**
 * `coach i18n import <file> [paths...]`: writes a translator's CSV, PO or XLIFF
 * file back into the scripts it names (looked up by script id under `paths`,
 * default the current folder) and records in each lock file what the
 * translations were made from. All or nothing: a row that cannot be applied — an
 * unknown id, `{{variables}}` that differ from the source's — refuses the whole
 * import, naming the row, and no file is touched.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { planImport } from '../i18n-tools/apply.js';
import { readImportRows } from '../i18n-tools/import-rows.js';
import { loadScripts } from '../i18n-tools/load.js';
import { formatLock, lockPathFor, sameLock } from '../i18n-tools/lock.js';
import { problemsText } from '../i18n-tools/problems.js';
import { createSink } from '../io/sink.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Handler } from './command.js';

/** Translation files are tables of short texts; anything far larger is not one. */
const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

async function readTable(file: string): Promise<string> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_IMPORT_BYTES) throw new Error('not a file');
    return await readFile(file, 'utf8');
  } catch (cause) {
    throw new UsageError('i18n.import.unreadable', { file }, { cause });
  }
}

const handler: Handler<[file: string, paths: string[]]> = async ({ args }) => {
  const [file, given] = args;
  const read = readImportRows(await readTable(file));
  if (!read.ok) {
    throw new UsageError(`i18n.import.bad.${read.reason}`, { file, where: read.where ?? '' });
  }
  const { scripts, problems } = await loadScripts(given.length > 0 ? given : ['.']);
  // Files that are not usable scripts cannot be the target of a row; only paths that do not exist stop the import.
  const missing = problems.filter((p) => p.kind === 'path' && p.problem.kind !== 'noScripts');
  process.stderr.write(problemsText(missing));
  if (missing.length > 0) throw UsageError.alreadyReported();
  const plan = planImport(scripts, read.rows);
  if (!plan.ok) {
    throw new UsageError(
      `i18n.import.refused.${plan.refusal}`,
      {
        row: plan.row ?? '',
        file: plan.file ?? '',
        detail: plan.detail ?? '',
        expected: plan.expected ?? '',
      },
      { hint: 'i18n.import.refusedHint' },
    );
  }
  for (const change of plan.changes)
    if (change.text !== undefined)
      await writeFileAtomic(change.file, change.text, { shared: true });
  for (const change of plan.changes) {
    const before = scripts.find((s) => s.file === change.file);
    if (
      !change.lock ||
      (before && sameLock(before.lock, change.lock) && (before.locked || change.lock.size === 0))
    )
      continue;
    await writeFileAtomic(
      lockPathFor(change.file),
      formatLock(change.lock, basename(change.file)),
      {
        shared: true,
      },
    );
  }
  const out = plan.changes.map((c) =>
    sanitizeLine(
      t('i18n.import.file', {
        file: c.file,
        count: c.written,
        confirmed: t('i18n.import.confirmed', { count: c.confirmed }),
      }),
    ),
  );
  const written = plan.changes.reduce((sum, c) => sum + c.written, 0);
  const confirmed = plan.changes.reduce((sum, c) => sum + c.confirmed, 0);
  out.push(
    t('i18n.import.total', {
      count: written,
      confirmed: t('i18n.import.confirmed', { count: confirmed }),
    }),
  );
  createSink(process.stdout).send(`${out.join('\n')}\n`);
};

export default handler;
