/**
 * Each session once. A session id is unique, but a supervisor who gathers the
 * log folders of several workstations, or copies one twice, holds several files
 * of one session. Copies of a session meet in the day folders of its start
 * (coach names both the folder and the file after it), so the reader lists one
 * day at a time, across every folder of that name, and keeps one file per
 * session: the longest, which holds the most of an append-only log (its end
 * line, when any copy has it); among equal sizes, the first path in code-unit
 * order. Memory holds one day's names, never the whole list.
 */
import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { byCodeUnits } from '../../../text/compare.js';
import { DAY_FOLDER, dayFolderName, SESSION_FILE } from '../../dir.js';
import { sessionIdTime } from '../../session-id.js';
import type { Catalog } from './catalog.js';
import { eachLogFile, realOf } from './folders.js';
import { sessionIdIn } from './start-id.js';

interface Member {
  readonly path: string;
  /** The session id, or the path itself for a file that names none. */
  readonly key: string;
}

/** What the name of a session file says its session is. */
function idFromName(name: string): string | undefined {
  return SESSION_FILE.test(name) ? name.slice(0, -'.jsonl'.length) : undefined;
}

function idOf(path: string): string | undefined {
  return idFromName(basename(path)) ?? sessionIdIn(path);
}

/** The day a file outside the day folders belongs with: its folder's, else its session's start. */
function dayOf(path: string, id: string | undefined): string | undefined {
  const folder = basename(dirname(path));
  if (DAY_FOLDER.test(folder)) return folder;
  const time = id === undefined ? undefined : sessionIdTime(id);
  return time === undefined ? undefined : dayFolderName(time);
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}

/** The copy kept among files of one session. */
function keptCopy(paths: readonly string[]): { kept: string; dropped: number } {
  const distinct = new Map<string, string>();
  for (const path of paths) {
    const real = realOf(path) ?? path;
    if (!distinct.has(real)) distinct.set(real, path);
  }
  const sized = [...distinct.values()].map((path) => ({ path, size: sizeOf(path) }));
  sized.sort((a, b) => b.size - a.size || byCodeUnits(a.path, b.path));
  return { kept: (sized[0] as { path: string }).path, dropped: sized.length - 1 };
}

/** One day's files (`paths`, with the session `keys` they hold), each session once. */
function* resolveDay(
  paths: readonly string[],
  keys: readonly string[],
  counts: DuplicateCount,
): Generator<string> {
  const first = new Map<string, number>();
  let copies: Map<string, string[]> | undefined;
  keys.forEach((key, i) => {
    const at = first.get(key);
    if (at === undefined) {
      first.set(key, i);
      return;
    }
    copies ??= new Map();
    const same = copies.get(key) ?? [paths[at] as string];
    same.push(paths[i] as string);
    copies.set(key, same);
  });
  for (let i = 0; i < paths.length; i++) {
    const key = keys[i] as string;
    if (first.get(key) !== i) continue;
    const same = copies?.get(key);
    if (!same) {
      yield paths[i] as string;
      continue;
    }
    const { kept, dropped } = keptCopy(same);
    counts.duplicates += dropped;
    yield kept;
  }
}

export interface DuplicateCount {
  duplicates: number;
}

/**
 * The catalogued files, day by day and in each day as the folders list them, each
 * session once; files that name no session first.
 */
export function* sessionFiles(catalog: Catalog, counts: DuplicateCount): Generator<string> {
  const extras = new Map<string, Member[]>();
  for (const path of catalog.files) {
    const id = idOf(path);
    const day = dayOf(path, id);
    // Not a session log, as far as its name and first line tell: the reader will say so.
    if (id === undefined || day === undefined) yield path;
    else if (extras.has(day)) extras.get(day)?.push({ path, key: id });
    else extras.set(day, [{ path, key: id }]);
  }
  const days = [...new Set([...catalog.days.keys(), ...extras.keys()])].sort(byCodeUnits);
  for (const day of days) {
    const folders = catalog.days.get(day) ?? [];
    const paths: string[] = [];
    const keys: string[] = [];
    // One folder of files named by their sessions cannot hold a session twice.
    let plain = folders.length === 1 && !extras.has(day);
    const visited = new Set<string>();
    for (const folder of folders) {
      eachLogFile(folder, visited, (path, name, dir) => {
        const id = idFromName(name);
        if (id === undefined || dir !== folder) plain = false;
        paths.push(path);
        keys.push(id ?? sessionIdIn(path) ?? path);
      });
    }
    for (const { path, key } of extras.get(day) ?? []) {
      paths.push(path);
      keys.push(key);
    }
    if (plain) yield* paths;
    else yield* resolveDay(paths, keys, counts);
  }
}
