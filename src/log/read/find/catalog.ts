/**
 * The command line's paths, sorted into what the reader will read: day folders
 * (`YYYY-MM-DD`, where coach puts each session), by name, and log files found
 * elsewhere. Only folders are walked here; the day folders are read later, one
 * name at a time, so that copies of a session gathered from several
 * workstations meet (see day-groups.ts). Named paths are checked first: one
 * that does not exist is a UsageError before anything is read.
 */
import { existsSync, lstatSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import { UsageError } from '../../../errors.js';
import { DAY_FOLDER } from '../../dir.js';
import { entriesOf, firstVisit, kindOf, realOf } from './folders.js';
import { globToRegExp, hasGlob, splitGlob } from './glob.js';
import { doubtAbout, type FolderNote } from './trust.js';

export interface Catalog {
  /** Day folders by name, each folder once (by real path). */
  readonly days: Map<string, string[]>;
  /** Log files outside day folders, and files named on their own, in the order met. */
  readonly files: string[];
  /** Folders read that another user owns or anyone may write to. */
  readonly doubts: FolderNote[];
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

class Cataloguer {
  readonly days = new Map<string, string[]>();
  readonly files: string[] = [];
  readonly doubts: FolderNote[] = [];
  readonly #visited = new Set<string>();
  readonly #named = new Set<string>();

  #enter(dir: string): boolean {
    if (!firstVisit(dir, this.#visited)) return false;
    const doubt = doubtAbout(dir);
    if (doubt) this.doubts.push({ folder: dir, doubt });
    return true;
  }

  folder(dir: string): void {
    if (DAY_FOLDER.test(basename(dir))) {
      if (!this.#enter(dir)) return;
      const folders = this.days.get(basename(dir)) ?? [];
      folders.push(dir);
      this.days.set(basename(dir), folders);
      return;
    }
    if (!this.#enter(dir)) return;
    for (const entry of entriesOf(dir)) {
      if (entry.kind === 'dir') this.folder(entry.path);
      else this.file(entry.path);
    }
  }

  /** A file named on its own (or matched by a pattern): read where a link named leads. */
  file(path: string): void {
    const real = realOf(path) ?? path;
    if (this.#named.has(real)) return;
    this.#named.add(real);
    this.files.push(real);
  }

  /** Files and folders a pattern matches; folders it matches are read whole. */
  pattern(pattern: string): void {
    const { base, rest, maxDepth } = splitGlob(pattern);
    const regexp = globToRegExp(rest);
    let found = false;
    const walk = (dir: string, depth: number): void => {
      if (depth > maxDepth) return;
      for (const entry of entriesOf(dir, { anyFile: true })) {
        const rel = relative(base, entry.path).split(sep).join('/');
        const matched = regexp.test(rel);
        if (matched) found = true;
        if (entry.kind === 'file' && matched) this.file(entry.path);
        else if (entry.kind === 'dir' && matched) this.folder(entry.path);
        else if (entry.kind === 'dir') walk(entry.path, depth + 1);
      }
    };
    walk(base, 1);
    if (!found) throw new UsageError('reader.errors.noMatch', { pattern });
  }
}

/**
 * Sorts `paths` (or `logDir` when there are none; a log folder that does not
 * exist yet holds no session) into day folders and other files.
 */
export function catalog(paths: readonly string[], logDir: string): Catalog {
  for (const path of paths) {
    if (!hasGlob(path) && kindOf(path) === undefined) {
      // There, but neither a file nor a folder (a FIFO, a device, a broken link): not read.
      const there = existsSync(path) || isLink(path);
      const key = there ? 'reader.errors.notAFile' : 'reader.errors.missing';
      throw new UsageError(key, { path }, { hint: 'reader.errors.missingHint' });
    }
  }
  const found = new Cataloguer();
  for (const path of paths.length > 0 ? paths : [logDir]) {
    if (hasGlob(path)) found.pattern(path);
    else if (kindOf(path) === 'dir') found.folder(path);
    else if (kindOf(path) === 'file') found.file(path);
  }
  return { days: found.days, files: found.files, doubts: found.doubts };
}
