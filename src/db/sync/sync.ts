/**
 * `coach sync`: every session line and script snapshot under some folders into
 * the team database, exactly once. Files are walked as the readers find them
 * (each session once); each file's new lines go into batches, and a batch is
 * committed with its checkpoints while the next one is read, so reading the
 * disk and loading the database overlap.
 */
import { resolve } from 'node:path';
import { FileReader, findSessionFiles, ReadTally, SessionScratch } from '../../log/read/index.js';
import type { Client } from '../connect.js';
import { Batch, commitBatch } from './batch.js';
import { type Checkpoint, Checkpoints } from './checkpoints.js';
import { addCopy, addFile, type FileContext } from './file-rows.js';
import type { Change } from './new-lines.js';
import { WholeFileReader } from './read-whole.js';

/** A batch is sent once it holds this many bytes of logs. */
const BATCH_BYTES = 2 << 20;
/** Files read between two turns of the event loop, which lets a batch in flight be written. */
const FILES_PER_TURN = 64;

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
}

/** One pass over the folders; resolves once everything read is committed. */
export async function syncOnce(
  client: Client,
  options: SyncOptions,
  totals: SyncTotals = newTotals(),
): Promise<SyncTotals> {
  const checkpoints = new Checkpoints(options.lookups ?? client, options.host);
  const ctx: FileContext = {
    host: options.host,
    logDir: options.logDir,
    reader: new FileReader(),
    files: new WholeFileReader(),
    scratch: new SessionScratch(),
    sentShas: new Set(),
  };
  let batch = new Batch();
  let moved: [string, Checkpoint][] = [];
  let inFlight: Promise<void> = Promise.resolve();
  const send = async () => {
    await inFlight;
    const [sending, marks] = [batch, moved];
    [batch, moved] = [new Batch(), []];
    if (sending.empty) return;
    inFlight = commitBatch(client, sending).then(() => {
      for (const [path, mark] of marks) checkpoints.set(path, mark);
    });
    // Failures are told by the next await, never lost as an unhandled rejection.
    inFlight.catch(() => {});
  };
  let n = 0;
  // Copies of a session left out are recorded too: the database counts them as the readers do.
  const notes = { duplicates: 0, copies: [] as string[], doubts: totals.tally.doubts };
  for (const found of findSessionFiles(options.paths, options.logDir, notes)) {
    for (const copy of notes.copies.splice(0)) addCopy(ctx, batch, resolve(copy));
    const path = resolve(found);
    totals.files++;
    if (!checkpoints.holds(path)) {
      // On one connection, asked between batches: never inside a transaction that may yet fail.
      if (options.lookups === undefined) await inFlight;
      await checkpoints.load(path);
    }
    const outcome = addFile(ctx, batch, path, checkpoints.of(path));
    if (outcome.kind === 'unchanged') totals.unchanged++;
    else if (outcome.kind === 'changed') totals.changed.push({ path, change: outcome.change });
    else if (outcome.kind === 'unreadable')
      totals.tally.unreadable.push({ file: path, code: outcome.code });
    else {
      totals.tally.add(path, ctx.scratch.result);
      if (outcome.kind === 'synced') {
        if (outcome.lines > 0) totals.sessions++;
        totals.lines += outcome.lines;
        moved.push([path, outcome.checkpoint]);
      }
    }
    if (batch.size >= BATCH_BYTES) await send();
    else if (++n % FILES_PER_TURN === 0) await new Promise(setImmediate);
  }
  for (const copy of notes.copies.splice(0)) addCopy(ctx, batch, resolve(copy));
  totals.tally.duplicates += notes.duplicates;
  await send();
  await inFlight;
  return totals;
}
