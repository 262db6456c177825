/**
 * The log files a report reads: the same files as findLogFiles in src/log/read
 * (files as named, folders searched for `*.jsonl` outside `scripts/` and hidden
 * entries, glob patterns), but walking folders synchronously, entry by entry in
 * the folder's own order: a folder of 100,000 sessions is walked several times
 * faster this way, and no folder's listing is ever held whole (a report's totals
 * do not depend on the order of its files). Patterns are left to findLogFiles.
 */
import { type Dir, type Dirent, opendirSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { UsageError } from '../errors.js';
import { SCRIPTS_FOLDER } from '../log/dir.js';
import { findLogFiles, hasGlob } from '../log/read/index.js';

const LOG_FILE = /\.jsonl$/;

function kindOf(path: string, entry?: Dirent): 'file' | 'dir' | undefined {
  try {
    const info = entry && !entry.isSymbolicLink() ? entry : statSync(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

function realOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function* walk(dir: string, visited: Set<string>): Generator<string> {
  const real = realOf(dir);
  if (real === undefined || visited.has(real)) return;
  visited.add(real);
  let handle: Dir;
  try {
    handle = opendirSync(dir, { bufferSize: 256 });
  } catch {
    // A sub-folder that vanished or is closed to us holds nothing we can read.
    return;
  }
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  try {
    for (let entry = readEntry(handle); entry !== null; entry = readEntry(handle)) {
      if (entry.name.startsWith('.')) continue;
      const path = prefix + entry.name;
      const kind = kindOf(path, entry);
      if (kind === 'dir' && entry.name !== SCRIPTS_FOLDER) yield* walk(path, visited);
      else if (kind === 'file' && LOG_FILE.test(entry.name)) yield path;
    }
  } finally {
    handle.closeSync();
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

/** Whether walking `dir` yields `file` (both real paths): a log file, not under a hidden or snapshot folder. */
function walkedBy(file: string, dir: string): boolean {
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  if (!file.startsWith(prefix) || !LOG_FILE.test(file)) return false;
  const parts = file.slice(prefix.length).split(sep);
  const name = parts.pop() as string;
  return !name.startsWith('.') && parts.every((p) => !p.startsWith('.') && p !== SCRIPTS_FOLDER);
}

/**
 * Each file once, without remembering every file: folders are entered once by
 * real path, and a file named on its own is passed over when a folder named
 * yields it too, or when it was named before.
 */
function* walkRoots(roots: readonly string[]): Generator<string> {
  const dirs = roots.filter((root) => kindOf(root) === 'dir').map(realOf);
  const named = new Set<string>();
  const visited = new Set<string>();
  for (const root of roots) {
    const kind = kindOf(root);
    if (kind === 'dir') yield* walk(root, visited);
    else if (kind === 'file') {
      const real = realOf(root) ?? root;
      if (named.has(real) || dirs.some((dir) => dir !== undefined && walkedBy(real, dir))) continue;
      named.add(real);
      yield root;
    }
  }
}

/**
 * The files under `paths` (or under `logDir` when there are none), produced one
 * at a time. Named paths are checked first: one that does not exist is a
 * UsageError (exit 2) before any file is read.
 */
export function reportFiles(
  paths: readonly string[],
  logDir: string,
): Iterable<string> | AsyncIterable<string> {
  if (paths.some(hasGlob)) return findLogFiles(paths, logDir);
  for (const path of paths) {
    if (kindOf(path) === undefined) {
      throw new UsageError(
        'reader.errors.missing',
        { path },
        { hint: 'reader.errors.missingHint' },
      );
    }
  }
  return walkRoots(paths.length > 0 ? paths : [logDir]);
}
