/**
 * `coach new <file>`: writes a five-stage script to start from. The file appears
 * whole or not at all, and an existing file is never replaced without --force.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Handler } from '../cli/main.js';
import { CoachError, UsageError } from '../errors.js';
import { currentLocale, t, translatorFor } from '../i18n/index.js';
import { schemaPath } from '../paths.js';
import { parseLocaleList, scriptIdFor, titleFrom } from '../scaffold/options.js';
import { scaffoldScript } from '../scaffold/script.js';
import { sanitizeLine } from '../text/sanitize.js';

/** File systems without hard links: fall back to check-then-rename. */
const NO_LINK = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

const handler: Handler = async ({ args, opts }) => {
  const file = String(args[0]);
  const path = resolve(file);
  const force = opts.force === true;
  const locales = parseLocaleList(opts.locales, currentLocale());
  const id = scriptIdFor(opts.id, file);
  const title = titleFrom(opts.title);

  await refuseExisting(file, path, force);
  const text = scaffoldScript({
    id,
    locales,
    ...(title === undefined ? {} : { title }),
    schemaRef: relative(dirname(path), schemaPath()).split(sep).join('/'),
    commentLocale: currentLocale(),
    translate: (locale, key, params) => translatorFor(locale)(key, params),
  });

  try {
    await writeAtomically(path, text, force, file);
  } catch (error) {
    if (error instanceof CoachError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(
      'new.errors.write',
      { file, reason },
      { hint: 'new.errors.writeHint', cause: error },
    );
  }
  const shown = shellWord(sanitizeLine(file));
  process.stdout.write(`${t('new.written', { file: shown, locales: locales.join(', ') })}\n`);
  return 0;
};

/** The path as it can be pasted into a shell, for the suggested `coach validate` line. */
function shellWord(text: string): string {
  return /^[\w./@%+=:,-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

async function refuseExisting(file: string, path: string, force: boolean): Promise<void> {
  const found = await stat(path).catch(() => undefined);
  if (!found) return;
  if (found.isDirectory()) {
    throw new UsageError('new.errors.isFolder', { file }, { hint: 'new.errors.isFolderHint' });
  }
  if (!force) throw existsError(file);
}

function existsError(file: string): UsageError {
  return new UsageError('new.errors.exists', { file }, { hint: 'new.errors.existsHint' });
}

/** Temp file beside the target, synced, then moved into place in one step. */
async function writeAtomically(path: string, text: string, force: boolean, file: string) {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (force) await rename(temp, path);
    else await placeWithoutReplacing(temp, path, file);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** A hard link fails if the target appeared meanwhile, so a file made by someone else survives. */
async function placeWithoutReplacing(temp: string, path: string, file: string) {
  try {
    await link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw existsError(file);
    if (!NO_LINK.has(code)) throw error;
    if (await stat(path).catch(() => undefined)) throw existsError(file);
    await rename(temp, path);
  }
}

export default handler;
