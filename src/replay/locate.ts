/**
 * Finds the session to replay — a file, or a session id looked up in the day
 * folders of the log folder — and the script snapshot it points to.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

/** The session's file: `arg` itself if it is a file, else `<logDir>/<day>/<arg>.jsonl`. */
export function locateSession(arg: string, logDir: string): string {
  if (isFile(arg)) return arg;
  const id = arg.toUpperCase();
  if (isSessionId(id)) {
    // Ids sort by time, and so do day folders: the newest folder is the likeliest.
    for (const day of dayFolders(logDir).sort().reverse()) {
      const candidate = join(logDir, day, `${id}.jsonl`);
      if (existsSync(candidate) && isFile(candidate)) return candidate;
    }
  }
  throw new UsageError(
    'replay.errors.notFound',
    { session: arg, dir: logDir },
    { hint: 'replay.errors.notFoundHint' },
  );
}

/** The script a session ran, from its snapshot; undefined when missing, edited or unusable. */
export function loadSnapshot(file: string, sha256: string, logDir: string): Script | undefined {
  return new SnapshotStore(logDir).scriptFor(file, sha256);
}
