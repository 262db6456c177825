/**
 * The one reader of session logs, shared by `coach sessions`, `coach replay` and
 * `coach report`: finding the files (each session once), reading them by the
 * rules of docs/log-format.md §9, and what a session's events mean. Damaged lines
 * are skipped and counted, never fatal; files that are not session logs are
 * reported, not read.
 */
export { FileReader } from './file-reader.js';
export { type Filters, matches, parseFilters } from './filter.js';
export type { FindNotes } from './find/copies.js';
export { findSessionFiles } from './find/find-sessions.js';
export { flatCopy } from './intern.js';
export { listSessions } from './list.js';
export { readSession } from './record.js';
export { SessionScratch } from './scratch.js';
export { loadSnapshot, logFolderOf, SnapshotStore } from './snapshots.js';
export { addCounts, emptyCounts, ReadTally } from './tally.js';
export { findLines, tallyLines } from './tally-lines.js';
export * from './types.js';
