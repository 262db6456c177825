/**
 * Sessions under some paths, handed on one by one with their summary, so a caller can keep only what it needs (the listing keeps
 * summaries, a report its running totals) instead of every event of every file.
 */
import { findLogFiles } from './files.js';
import { readSessionSync } from './session.js';
import { createSnapshotStore, type SnapshotStore } from './snapshots.js';
import { summarize } from './summary.js';
import { ReadTally } from './tally.js';
import type { SessionRecord, SessionSummary } from './types.js';

export interface ReadLogsOptions {
  /** The log folder: searched when `paths` is empty, and where snapshots are looked for. */
  readonly logDir: string;
  /** Receives counts and the files that could not be used; a new one by default. */
  readonly tally?: ReadTally;
  readonly snapshots?: SnapshotStore;
}

/**
 * Each usable session as its record and summary, in file order. Throws a
 * UsageError (before anything is read) when a named path does not exist.
 */
export async function* readLogs(
  paths: readonly string[],
  options: ReadLogsOptions,
): AsyncGenerator<{ readonly record: SessionRecord; readonly summary: SessionSummary }> {
  const tally = options.tally ?? new ReadTally();
  const snapshots = options.snapshots ?? createSnapshotStore(options.logDir);
  for await (const file of findLogFiles(paths, options.logDir)) {
    const record = readSessionSync(file);
    if (!tally.add(record) || !record.header) continue;
    const script = record.end
      ? undefined
      : await snapshots.scriptFor(record.file, record.header.script.sha256);
    yield { record, summary: summarize(record, script) };
  }
}
