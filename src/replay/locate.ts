/**
 * Finds the session to replay — a file, or a session id (or the start of one,
 * when only one session has it) looked up in the day folders of the log folder —
 * and the script snapshot it points to.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from '../errors.js';
import { DAY_FOLDER, isSessionId } from '../log/index.js';
import { SnapshotStore } from '../log/read/index.js';
import type { Script } from '../script/types.js';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function dayFolders(logDir: string): string[] {
  try {
    return readdirSync(logDir).filter((name) => DAY_FOLDER.test(name));
  } catch {
    return [];
  }
}

/** The start of a session id, as long as git asks of a commit's: four characters or more. */
const ID_PREFIX = /^[0-9A-HJKMNP-TV-Z]{4,26}$/;
/** Sessions named when a prefix fits several. */
const SHOWN = 5;

/** Session files in `logDir` whose id starts with `prefix`, newest first. */
function sessionsStartingWith(prefix: string, logDir: string): string[] {
  const found: string[] = [];
  // Ids sort by time, and so do day folders: the newest folder is the likeliest.
  for (const day of dayFolders(logDir).sort().reverse()) {
    let names: string[];
    try {
      names = readdirSync(join(logDir, day));
    } catch {
      continue;
    }
    for (const name of names.sort().reverse()) {
      if (!name.startsWith(prefix) || !isSessionId(name.slice(0, -'.jsonl'.length))) continue;
      if (name.endsWith('.jsonl') && isFile(join(logDir, day, name)))
        found.push(join(logDir, day, name));
    }
  }
  return found;
}

/** `arg` as the start of a session id (upper case), when it can be one. */
export function idPrefix(arg: string): string | undefined {
  const prefix = arg.trim().toUpperCase();
  return ID_PREFIX.test(prefix) ? prefix : undefined;
}

/**
 * The one session among those whose id starts with what `arg` gives, or the
 * usage error saying there is none (in `where`) or several.
 */
export function oneSession<T>(
  arg: string,
  found: readonly T[],
  idOf: (t: T) => string,
  where: string,
): T {
  if (found.length === 1) return found[0] as T;
  if (found.length > 1) {
    const ids = found.slice(0, SHOWN).map(idOf);
    throw new UsageError(
      'replay.errors.ambiguous',
      { session: arg, count: found.length },
      { hint: 'replay.errors.ambiguousHint', hintParams: { ids: ids.join(', ') } },
    );
  }
  throw new UsageError(
    'replay.errors.notFound',
    { session: arg, dir: where },
    { hint: 'replay.errors.notFoundHint' },
  );
}

/**
 * The session's file: `arg` itself if it is a file, else the file in the log
 * folder of the session whose id is `arg` or starts with it (when only one does).
 */
export function locateSession(arg: string, logDir: string): string {
  if (isFile(arg)) return arg;
  const prefix = idPrefix(arg);
  const found = prefix === undefined ? [] : sessionsStartingWith(prefix, logDir);
  return oneSession(arg, found, (file) => basename(file, '.jsonl'), logDir);
}

/** The script a session ran, from its snapshot; undefined when missing, edited or unusable. */
export function loadSnapshot(file: string, sha256: string, logDir: string): Script | undefined {
  return new SnapshotStore(logDir).scriptFor(file, sha256);
}
