/**
 * The log files a report reads: the same files, in the same order, as
 * findLogFiles in src/log/read (files as named, folders searched for `*.jsonl`
 * outside `scripts/` and hidden entries, glob patterns), but walking folders
 * synchronously: a report lists every file before it starts, and a folder of
 * 100,000 sessions is listed several times faster this way. Patterns are left to
 * findLogFiles.
 */
import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { SCRIPTS_FOLDER } from '../log/dir.js';
import { findLogFiles, hasGlob } from '../log/read/index.js';

const LOG_FILE = /\.jsonl$/;
const byCodeUnits = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function kindOf(path: string, entry?: Dirent): 'file' | 'dir' | undefined {
  try {
    const info = entry && !entry.isSymbolicLink() ? entry : statSync(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

function walk(dir: string, visited: Set<string>, out: string[]): void {
  let entries: Dirent[];
  try {
    const real = realpathSync(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = readdirSync(dir, { withFileTypes: true }).sort(byCodeUnits);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const kind = kindOf(path, entry);
    if (kind === 'dir' && entry.name !== SCRIPTS_FOLDER) walk(path, visited, out);
    else if (kind === 'file' && LOG_FILE.test(entry.name)) out.push(path);
  }
}

export async function findReportFiles(paths: readonly string[], logDir: string): Promise<string[]> {
  const roots = paths.length > 0 ? paths : [logDir];
  if (paths.some(hasGlob)) {
    const files: string[] = [];
    for await (const file of findLogFiles(paths, logDir)) files.push(file);
    return files;
  }
  for (const path of paths) {
    if (kindOf(path) === undefined) {
      throw new UsageError(
        'reader.errors.missing',
        { path },
        { hint: 'reader.errors.missingHint' },
      );
    }
  }
  const visited = new Set<string>();
  const found: string[] = [];
  for (const root of roots) {
    const kind = kindOf(root);
    if (kind === 'file') found.push(root);
    else if (kind === 'dir') walk(root, visited, found);
  }
  if (roots.length === 1) return found;
  const seen = new Set<string>();
  return found.filter((file) => {
    const key = resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
