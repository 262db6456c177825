/**
 * The log folder in use, checked before a call starts: one that cannot hold logs
 * is bad input (exit 2), told with the path as given. The system's own answer
 * misleads here: creating folders on a read-only disk fails with ENOENT, and a
 * file given as the folder is reported at `<file>/scripts`.
 */
import { accessSync, constants, type Stats, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';

const HINT = { hint: 'log.errors.hint' } as const;

/** What is at `path` (following links, as creating a folder in it would); undefined for nothing. */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    // A file above it: nothing is at `path`, the file is found one level up.
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/**
 * Throws a UsageError when the log folder, or the nearest folder above it that
 * exists (where coach would create it), is a file or cannot be written. Anything
 * the check cannot tell is left to the writer, which names the system's error.
 */
export function checkLogFolder(logDir: string): void {
  let existing = logDir;
  let info: Stats | undefined;
  try {
    info = statOf(existing);
    while (info === undefined) {
      const parent = dirname(existing);
      if (parent === existing) return;
      existing = parent;
      info = statOf(existing);
    }
  } catch {
    return;
  }
  if (!info.isDirectory()) {
    throw new UsageError('log.errors.givenNotFolder', { path: existing }, HINT);
  }
  try {
    accessSync(existing, constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EROFS')
      throw new UsageError('log.errors.folderReadOnly', { path: existing }, HINT);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new UsageError('log.errors.folderDenied', { path: existing }, HINT);
    }
  }
}
