/**
 * Turns the paths given on the command line into the list of script files to
 * check: files as named, folders searched recursively for *.yaml / *.yml.
 * Folders named node_modules or starting with a dot are skipped, symbolic links
 * are followed but a folder is never entered twice (so link loops end), and the
 * result is sorted by code units so output is the same on every machine and locale.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { byCodeUnits } from '../text/compare.js';
import { type PathProblem, problemFromError } from './problem.js';

export interface FoundScripts {
  /** Script files, sorted, each once. */
  readonly files: readonly string[];
  /** Paths that could not be used, in the order they were met. */
  readonly problems: readonly PathProblem[];
}

const SCRIPT_FILE = /\.ya?ml$/i;

function skippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

class Search {
  readonly files = new Set<string>();
  readonly problems: PathProblem[] = [];

  /** Adds the scripts under `dir`; returns how many were found (repeats included). */
  async walk(dir: string, visited: Set<string>): Promise<number> {
    let entries: Dirent[];
    try {
      const real = await realpath(dir);
      if (visited.has(real)) return 0;
      visited.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      this.problems.push(problemFromError(error, dir, 'vanished'));
      return 0;
    }
    let found = 0;
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const kind = entry.isSymbolicLink() ? await this.linkTarget(path) : entryKind(entry);
      if (kind === 'dir' && !skippedFolder(entry.name)) {
        found += await this.walk(path, visited);
      } else if (kind === 'file' && SCRIPT_FILE.test(entry.name)) {
        this.files.add(path);
        found++;
      }
    }
    return found;
  }

  /** What a link inside a folder points to; a dangling link named like a script is reported. */
  private async linkTarget(path: string): Promise<'file' | 'dir' | undefined> {
    try {
      return entryKind(await stat(path));
    } catch (error) {
      if (SCRIPT_FILE.test(path)) this.problems.push(problemFromError(error, path, 'missing'));
      return undefined;
    }
  }
}

function entryKind(entry: Stats | Dirent): 'file' | 'dir' | undefined {
  if (entry.isDirectory()) return 'dir';
  if (entry.isFile()) return 'file';
  return undefined;
}

export async function findScripts(paths: readonly string[]): Promise<FoundScripts> {
  const search = new Search();
  for (const path of paths) {
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      search.problems.push(problemFromError(error, path, 'missing'));
      continue;
    }
    if (info.isFile()) {
      // A file named explicitly is checked whatever its extension.
      search.files.add(normalize(path));
    } else if (!info.isDirectory()) {
      search.problems.push({ kind: 'notFile', path });
    } else {
      const before = search.problems.length;
      const found = await search.walk(path, new Set());
      // An unreadable folder was reported already; "no scripts" would be a second, wrong reason.
      if (found === 0 && search.problems.length === before) {
        search.problems.push({ kind: 'noScripts', path });
      }
    }
  }
  return { files: [...search.files].sort(byCodeUnits), problems: search.problems };
}
