/**
 * The session log files under the command line's paths, each session once: the
 * one way `coach sessions`, `coach report` and `coach replay` find logs.
 */
import { catalog } from './catalog.js';
import { type FindNotes, sessionFiles } from './day-groups.js';

/**
 * Files under `paths` (folders searched for `*.jsonl` outside `scripts/` and
 * hidden entries, files as named, glob patterns), or under `logDir` when there
 * are none. Throws a UsageError, before any file is read, for a named path that
 * does not exist or a pattern that matches nothing. Copies of a session beyond
 * the one kept are counted in `notes.duplicates`; folders in doubt (trust.ts)
 * are added to `notes.doubts`.
 */
export function findSessionFiles(
  paths: readonly string[],
  logDir: string,
  notes: FindNotes,
): Generator<string> {
  const found = catalog(paths, logDir);
  notes.doubts?.push(...found.doubts);
  return sessionFiles(found, notes);
}
