/**
 * The recovery file: where a call's lines go while its session log cannot take
 * them (docs/log-format.md §10). It holds the whole session, start line first, so
 * every reader takes it for the session's log. It is created 0600 in a folder only
 * its owner can use, and never in one that someone else made or that is a link.
 */
import { lstatSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import { logErrorFrom } from './errors.js';
import { LineFile } from './line-file.js';
import { ensurePrivateDir, FILE_MODE, syncDir } from './private-dir.js';

/** A real folder (not a link) of this user's: in a shared temp folder, anyone could have made it first. */
function ownFolder(dir: string): boolean {
  try {
    const info = lstatSync(dir);
    const uid = process.getuid?.();
    return info.isDirectory() && (uid === undefined || info.uid === uid);
  } catch {
    return false;
  }
}

function openIn(dir: string, sessionId: string, fs: FileSystem): LineFile {
  ensurePrivateDir(dir, fs);
  if (!ownFolder(dir) || !ownFolder(dirname(dir))) {
    throw Object.assign(new Error(`not a private folder: ${dir}`), { code: 'EACCES' });
  }
  const path = join(dir, `${sessionId}.jsonl`);
  // A file left by an earlier attempt of this call holds fewer lines than this one will.
  fs.rmSync(path, { force: true });
  const fd = fs.openSync(path, 'wx', FILE_MODE);
  try {
    fs.fchmodSync(fd, FILE_MODE);
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
  syncDir(dir, fs);
  return new LineFile(fd, path, fs);
}

/**
 * A new, empty recovery file for the session, in the first of `dirs` that can take
 * one. Throws a LogError (the last folder's) when none can.
 */
export function createRecoveryFile(
  dirs: readonly string[],
  sessionId: string,
  fs: FileSystem,
): LineFile {
  let failure: unknown = new Error('no recovery folder');
  for (const dir of dirs) {
    try {
      return openIn(dir, sessionId, fs);
    } catch (error) {
      failure = logErrorFrom(error, dir);
    }
  }
  throw failure;
}

/** Closes and deletes a recovery file whose lines the session log now holds. */
export function dropRecoveryFile(file: LineFile, fs: FileSystem): void {
  file.close();
  try {
    fs.rmSync(file.path, { force: true });
  } catch {
    // A copy left behind is a copy: readers take the longer file of a session once.
  }
}
