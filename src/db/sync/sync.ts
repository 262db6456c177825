/**
 * `coach sync`: every session line and script snapshot under some folders into
 * the team database, exactly once. Files are walked as the readers find them
 * (each session once) and read in rounds, on a thread of their own: a round's
 * new lines become one batch, committed with its checkpoints while the next
 * round is read, so reading the disk and loading the database overlap.
 */
import { resolve } from 'node:path';
import { findSessionFiles, ReadTally } from '../../log/read/index.js';
import type { Client } from '../connect.js';
import { commitBatch } from './batch.js';
import { type Checkpoint, Checkpoints } from './checkpoints.js';
import type { Change } from './new-lines.js';
import { type Job, localReader, type Round, threadReader } from './read-round.js';

export interface SyncTotals {
  files: number;
  unchanged: number;
  /** Files with new lines. */
  sessions: number;
  lines: number;
  /** What the readers made of the files read this time: lines left out, files that are no logs. */
  readonly tally: ReadTally;
  readonly changed: { readonly path: string; readonly change: Change }[];
}

export function newTotals(): SyncTotals {
  return {
    files: 0,
    unchanged: 0,
    sessions: 0,
    lines: 0,
    tally: new ReadTally(),
    changed: [],
  };
}

export interface SyncOptions {
  readonly paths: readonly string[];
  readonly logDir: string;
  readonly host: string;
  /**
   * A second connection for reading checkpoints while a batch is being written
   * on the first; without one, they are read between batches.
   */
  readonly lookups?: Client;
  /** Read the files on a thread of their own (the command does; tests read in theirs). */
  readonly thread?: boolean;
}

/** Files read in one round (a thread reads a round while the last one is written). */
const ROUND_FILES = 512;

/** One pass over the folders; resolves once everything read is committed. */
export async function syncOnce(
  client: Client,
  options: SyncOptions,
  totals: SyncTotals = newTotals(),
): Promise<SyncTotals> {
  const checkpoints = new Checkpoints(options.lookups ?? client, options.host);
  const reader = (options.thread ? threadReader : localReader)(options.host, options.logDir);
  let inFlight: Promise<void> = Promise.resolve();
  const write = async (round: Round) => {
    const moved: [string, Checkpoint][] = [];
    for (const { path, outcome, result } of round.reads) {
      if (outcome.kind === 'unchanged') totals.unchanged++;
      else if (outcome.kind === 'changed') totals.changed.push({ path, change: outcome.change });
      else if (outcome.kind === 'unreadable') {
        totals.tally.unreadable.push({ file: path, code: outcome.code });
      } else if (result) totals.tally.add(path, { ...result, lastAt: () => Number.NaN });
      if (outcome.kind === 'synced') {
        if (outcome.lines > 0) totals.sessions++;
        totals.lines += outcome.lines;
        moved.push([path, outcome.checkpoint]);
      }
    }
    await inFlight;
    if (round.parts.files.length === 0) return;
    inFlight = commitBatch(client, round.parts).then(() => {
      for (const [path, mark] of moved) checkpoints.set(path, mark);
    });
    // Failures are told by the next await, never lost as an unhandled rejection.
    inFlight.catch(() => {});
  };
  let jobs: Job[] = [];
  let reading: Promise<Round> | undefined;
  const dispatch = async () => {
    const next = jobs.length > 0 ? reader.read(jobs) : undefined;
    next?.catch(() => {});
    jobs = [];
    if (reading) await write(await reading);
    reading = next;
  };
  try {
    // Copies of a session left out are recorded too: the database counts them as the readers do.
    const notes = { duplicates: 0, copies: [] as string[], doubts: totals.tally.doubts };
    for (const found of findSessionFiles(options.paths, options.logDir, notes)) {
      for (const copy of notes.copies.splice(0)) jobs.push({ path: resolve(copy), copy: true });
      const path = resolve(found);
      totals.files++;
      if (!checkpoints.holds(path)) {
        // On one connection, asked between batches: never inside a transaction that may yet fail.
        if (options.lookups === undefined) await inFlight;
        await checkpoints.load(path);
      }
      const previous = checkpoints.of(path);
      jobs.push(previous ? { path, previous } : { path });
      if (jobs.length >= ROUND_FILES) await dispatch();
    }
    for (const copy of notes.copies.splice(0)) jobs.push({ path: resolve(copy), copy: true });
    totals.tally.duplicates += notes.duplicates;
    await dispatch();
    await dispatch();
    await inFlight;
  } finally {
    await reader.close();
  }
  return totals;
}
