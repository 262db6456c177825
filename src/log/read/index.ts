/**
 * The tolerant streaming reader of session logs, shared by `coach sessions`,
 * `coach replay` and `coach report`. Damaged lines are skipped and counted, never
 * fatal; files that are not session logs are reported, not read.
 */
export { findLogFiles } from './files.js';
export {
  type Filters,
  matches,
  parseFilters,
  parseStatus,
  parseWhen,
  type RawFilters,
} from './filter.js';
export { globToRegExp, hasGlob } from './glob.js';
export { MAX_LINE_BYTES } from './lines.js';
export { parseSessionText, readSession, readSessionSync } from './session.js';
export { createSnapshotStore, type SnapshotStore } from './snapshots.js';
export { type ReadLogsOptions, readLogs } from './stream.js';
export { summarize } from './summary.js';
export { addCounts, emptyCounts, ReadTally, totalSkipped } from './tally.js';
export { tallyLines } from './tally-lines.js';
export * from './types.js';
