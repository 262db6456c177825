/**
 * The log files named on the command line: files as given, folders searched
 * recursively for `*.jsonl` (not the `scripts/` snapshots, not hidden entries),
 * and glob patterns. Files are produced one by one in a stable order, each once,
 * so a folder of 100,000 sessions is never held in memory as a whole.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../../errors.js';
import { SCRIPTS_FOLDER } from '../dir.js';
import { globToRegExp, hasGlob, splitGlob } from './glob.js';

const LOG_FILE = /\.jsonl$/;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function kindOf(path: string, entry?: Dirent): Promise<'file' | 'dir' | undefined> {
  try {
    const info = entry && !entry.isSymbolicLink() ? entry : await stat(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

async function entriesOf(dir: string): Promise<Dirent[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      byCodeUnits(a.name, b.name),
    );
  } catch {
    // A sub-folder that vanished or is closed to us holds nothing we can read.
    return [];
  }
}

/** Folders entered once each, by real path, so that link loops end. */
async function firstVisit(dir: string, visited: Set<string>): Promise<boolean> {
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return false;
    visited.add(real);
    return true;
  } catch {
    return false;
  }
}

async function* walkLogs(dir: string, visited: Set<string>): AsyncGenerator<string> {
  if (!(await firstVisit(dir, visited))) return;
  for (const entry of await entriesOf(dir)) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const kind = await kindOf(path, entry);
    if (kind === 'dir' && entry.name !== SCRIPTS_FOLDER) yield* walkLogs(path, visited);
    else if (kind === 'file' && LOG_FILE.test(entry.name)) yield path;
  }
}

async function* walkGlob(
  dir: string,
  base: string,
  pattern: RegExp,
  depth: number,
  maxDepth: number,
  visited: Set<string>,
): AsyncGenerator<string> {
  if (depth > maxDepth || !(await firstVisit(dir, visited))) return;
  for (const entry of await entriesOf(dir)) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const rel = relative(base, path).split(sep).join('/');
    const kind = await kindOf(path, entry);
    const matched = pattern.test(rel);
    if (kind === 'file' && matched) yield path;
    else if (kind === 'dir' && matched) yield* walkLogs(path, visited);
    else if (kind === 'dir') yield* walkGlob(path, base, pattern, depth + 1, maxDepth, visited);
  }
}

async function* expand(path: string, visited: Set<string>): AsyncGenerator<string> {
  if (hasGlob(path)) {
    const { base, rest, maxDepth } = splitGlob(path);
    let found = false;
    for await (const file of walkGlob(base, base, globToRegExp(rest), 1, maxDepth, visited)) {
      found = true;
      yield file;
    }
    if (!found) throw new UsageError('reader.errors.noMatch', { pattern: path });
    return;
  }
  const kind = await kindOf(path);
  if (kind === 'file') yield path;
  else if (kind === 'dir') yield* walkLogs(path, visited);
}

/**
 * Log files under `paths`, or under `logDir` when there are none (a log folder
 * that does not exist yet simply holds no session). A path that does not exist,
 * or a pattern that matches nothing, is a UsageError (exit 2); named paths are
 * checked before the first file is produced.
 */
export async function* findLogFiles(
  paths: readonly string[],
  logDir: string,
): AsyncGenerator<string> {
  for (const path of paths) {
    if (!hasGlob(path) && (await kindOf(path)) === undefined) {
      throw new UsageError(
        'reader.errors.missing',
        { path },
        { hint: 'reader.errors.missingHint' },
      );
    }
  }
  const visited = new Set<string>();
  const seen = new Set<string>();
  for (const path of paths.length > 0 ? paths : [logDir]) {
    for await (const file of expand(path, visited)) {
      const key = resolve(file);
      if (seen.has(key)) continue;
      seen.add(key);
      yield file;
    }
  }
}
