/**
 * The folder walking every reader shares: synchronous, entry by entry in the
 * folder's own order (`opendir`), so a folder of 100,000 sessions is never held
 * as a listing and needs no wait per entry. Hidden entries (temporary files)
 * and the `scripts/` snapshots are never session logs. Symbolic links inside a
 * folder are not followed: in a shared folder one could lead anywhere (`/`, a
 * device); a link named on the command line is the user's choice and is.
 */
import { type Dir, type Dirent, opendirSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { SCRIPTS_FOLDER } from '../../dir.js';

export const LOG_FILE = /\.jsonl$/;

export type Kind = 'file' | 'dir';

export function kindOf(path: string, entry?: Dirent): Kind | undefined {
  try {
    const info = entry && !entry.isSymbolicLink() ? entry : statSync(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

export function realOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function readEntry(handle: Dir): Dirent | null {
  try {
    return handle.readSync();
  } catch {
    // A folder that fails part-way is read as far as it goes.
    return null;
  }
}

/** What a walk meets: a log file, or a folder that is not hidden and not `scripts/`. */
export type Entry = { readonly path: string; readonly name: string; readonly kind: Kind };

/**
 * The entries of `dir` that may hold session logs (with `anyFile`, files of any
 * name, for a pattern to match); nothing for a folder that cannot be read.
 */
export function* entriesOf(dir: string, options?: { anyFile: boolean }): Generator<Entry> {
  const anyFile = options?.anyFile === true;
  let handle: Dir;
  try {
    handle = opendirSync(dir, { bufferSize: 256 });
  } catch {
    // A folder that vanished or is closed to us holds nothing we can read.
    return;
  }
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  try {
    for (let entry = readEntry(handle); entry !== null; entry = readEntry(handle)) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isSymbolicLink()) continue;
      const path = prefix + entry.name;
      const kind = kindOf(path, entry);
      if (kind === 'dir' && entry.name !== SCRIPTS_FOLDER) yield { path, name: entry.name, kind };
      else if (kind === 'file' && (anyFile || LOG_FILE.test(entry.name))) {
        yield { path, name: entry.name, kind };
      }
    }
  } finally {
    handle.closeSync();
  }
}

/**
 * Calls `found` for each log file in `dir` and below; folders already in `visited`
 * (by real path) are passed over. A plain loop, not a generator: it runs for
 * every file of a report.
 */
export function eachLogFile(
  dir: string,
  visited: Set<string>,
  found: (path: string, name: string, dir: string) => void,
): void {
  if (!firstVisit(dir, visited)) return;
  for (const entry of entriesOf(dir)) {
    if (entry.kind === 'dir') eachLogFile(entry.path, visited, found);
    else found(entry.path, entry.name, dir);
  }
}

/** Whether `dir` is entered for the first time (by real path), so that link loops end. */
export function firstVisit(dir: string, visited: Set<string>): boolean {
  const real = realOf(dir);
  if (real === undefined || visited.has(real)) return false;
  visited.add(real);
  return true;
}
