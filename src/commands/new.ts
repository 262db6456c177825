/**
 * `coach new <file>`: writes a five-stage script to start from. The file appears
 * whole or not at all (src/io/write-atomic.ts), and an existing file is never
 * replaced without --force: not one that was there when the command looked, nor
 * one created while it was writing.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { currentLocale, t, translatorFor } from '../i18n/index.js';
import { createSink } from '../io/sink.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { schemaPath } from '../paths.js';
import { parseLocaleList, scriptIdFor, titleFrom } from '../scaffold/options.js';
import { scaffoldScript } from '../scaffold/script.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Handler } from './command.js';

export interface NewOptions {
  readonly id?: string;
  /** Comma-separated locale codes. */
  readonly locales?: string;
  readonly title?: string;
  readonly force?: boolean;
}

const handler: Handler<[file: string], NewOptions> = async ({ args, opts }) => {
  const [file] = args;
  const path = resolve(file);
  const locales = parseLocaleList(opts.locales, currentLocale());
  const id = scriptIdFor(opts.id, file);
  const title = titleFrom(opts.title);

  const force = opts.force === true;
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
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    throw writeError(file, error);
  }
  try {
    await writeFileAtomic(path, text, { replace: force, shared: true });
  } catch (error) {
    // A file that appeared since the check above: the writer refused to replace it.
    if (!force && (error as NodeJS.ErrnoException).code === 'EEXIST') throw existsError(file);
    throw writeError(file, error);
  }
  const shown = shellWord(sanitizeLine(file));
  createSink(process.stdout).send(
    `${t('new.written', { file: shown, locales: locales.join(', ') })}\n`,
  );
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

const existsError = (file: string) =>
  new UsageError('new.errors.exists', { file }, { hint: 'new.errors.existsHint' });

function writeError(file: string, error: unknown): UsageError {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return new UsageError(
    'new.errors.write',
    { file, reason },
    { hint: 'new.errors.writeHint', cause: error },
  );
}

export default handler;
