/**
 * The sessions under some paths that the filters keep, as summaries: what
 * `coach sessions` lists. Each file is read into one reused record, the same
 * record and filter `coach report` counts, and only the kept summaries stay.
 */
import { FileReader } from './file-reader.js';
import { type Filters, matches } from './filter.js';
import { findSessionFiles } from './find/find-sessions.js';
import { Interner } from './intern.js';
import { SessionScratch } from './scratch.js';
import { SnapshotStore } from './snapshots.js';
import { summarize } from './summary.js';
import type { ReadTally } from './tally.js';
import type { SessionSummary } from './types.js';

export function listSessions(
  paths: readonly string[],
  logDir: string,
  filters: Filters,
  tally: ReadTally,
): SessionSummary[] {
  const reader = new FileReader();
  const scratch = new SessionScratch();
  const snapshots = new SnapshotStore(logDir);
  const names = new Interner();
  const summaries: SessionSummary[] = [];
  for (const file of findSessionFiles(paths, logDir, tally)) {
    const verdict = reader.read(file, scratch);
    if (!tally.add(file, scratch.result) || verdict !== 'session') continue;
    if (!matches(filters, scratch)) continue;
    // Only an interrupted call needs its script: its end line did not say what was left.
    const script =
      scratch.status === 'interrupted' ? snapshots.scriptFor(file, scratch.sha) : undefined;
    summaries.push(summarize(scratch, script, names));
  }
  return summaries;
}
