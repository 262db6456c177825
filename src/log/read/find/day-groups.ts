/**
 * Each session once. A session id is unique, but a supervisor who gathers the
 * log folders of several workstations, or copies one twice, holds several files
 * of one session. Copies of a session meet in the day folders of its start
 * (coach names both the folder and the file after it), so files are read one day
 * at a time, across every folder of that name; copies.ts decides which file of a
 * session is read. A day found in one folder only, the usual case, is read as
 * its folder lists it, without holding its names: only files not named after
 * their session wait for the end of the folder.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { byCodeUnits } from '../../../text/compare.js';
import { DAY_FOLDER, dayFolderName, SESSION_FILE } from '../../dir.js';
import { sessionIdTime } from '../../session-id.js';
import type { Catalog } from './catalog.js';
import { type Copy, type FindNotes, oncePerSession } from './copies.js';
import { eachLogFile, entriesOf, firstVisit } from './folders.js';
import { sessionIdIn } from './start-id.js';

export type { FindNotes } from './copies.js';

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

/** A day in one folder: files named after their session as listed, the others at the end. */
function* streamDay(folder: string, counts: FindNotes): Generator<string> {
  const visited = new Set<string>();
  if (!firstVisit(folder, visited)) return;
  const others: Copy[] = [];
  const other = (path: string) => {
    others.push({ path, key: idOf(path) ?? path, home: folder, direct: false });
  };
  for (const entry of entriesOf(folder)) {
    if (entry.kind === 'dir') eachLogFile(entry.path, visited, other);
    else if (idFromName(entry.name) !== undefined) yield entry.path;
    else other(entry.path);
  }
  // A session this folder holds under its own name was read already: these are its copies.
  const rest = others.filter((copy) => !existsSync(join(folder, `${copy.key}.jsonl`)));
  counts.duplicates += others.length - rest.length;
  if (counts.copies)
    for (const copy of others) if (!rest.includes(copy)) counts.copies.push(copy.path);
  yield* oncePerSession(rest, counts);
}

/** A day across several folders: every file listed, then each session once. */
function listedDay(folders: readonly string[], extras: readonly Copy[]): Copy[] {
  const copies: Copy[] = [];
  const visited = new Set<string>();
  for (const folder of folders) {
    eachLogFile(folder, visited, (path, name, dir) => {
      const id = idFromName(name);
      copies.push({
        path,
        key: id ?? sessionIdIn(path) ?? path,
        home: folder,
        direct: id !== undefined && dir === folder,
      });
    });
  }
  return [...copies, ...extras];
}

/**
 * The catalogued files, day by day and in each day as the folders list them, each
 * session once; files that name no session first.
 */
export function* sessionFiles(catalog: Catalog, counts: FindNotes): Generator<string> {
  const extras = new Map<string, Copy[]>();
  for (const path of catalog.files) {
    const id = idOf(path);
    const day = dayOf(path, id);
    // Not a session log, as far as its name and first line tell: the reader will say so.
    if (id === undefined || day === undefined) yield path;
    else if (extras.has(day)) extras.get(day)?.push({ path, key: id, home: '', direct: false });
    else extras.set(day, [{ path, key: id, home: '', direct: false }]);
  }
  const days = [...new Set([...catalog.days.keys(), ...extras.keys()])].sort(byCodeUnits);
  for (const day of days) {
    const folders = catalog.days.get(day) ?? [];
    const loose = extras.get(day);
    if (folders.length === 1 && !loose) yield* streamDay(folders[0] as string, counts);
    else yield* oncePerSession(listedDay(folders, loose ?? []), counts);
  }
}
