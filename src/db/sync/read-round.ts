/**
 * Reading a round of files for sync: each file's new lines, its session's rows
 * and its next checkpoint, gathered into one batch. A round is read on a thread
 * of its own (the command's) or in the caller's (tests, small syncs), with the
 * same code: the thread only moves the plain result back.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { FileReader, SessionScratch } from '../../log/read/index.js';
import type { FileResult } from '../../log/read/sink.js';
import { Batch, type BatchParts } from './batch.js';
import type { Checkpoint } from './checkpoints.js';
import { addCopy, addFile, type FileContext, type FileOutcome } from './file-rows.js';
import { WholeFileReader } from './read-whole.js';

export interface Job {
  readonly path: string;
  readonly previous?: Checkpoint;
  /** A copy of a session left out for a longer one: recorded, not read. */
  readonly copy?: true;
}

/** What reading a file gave, and what the readers made of it (for the tally). */
export interface Read {
  readonly path: string;
  readonly outcome: FileOutcome;
  readonly result?: Omit<FileResult, 'lastAt'>;
}

export interface Round {
  readonly parts: BatchParts;
  readonly reads: readonly Read[];
}

export interface RoundReader {
  read(jobs: readonly Job[]): Promise<Round>;
  close(): Promise<void>;
}

interface Setup {
  readonly coachSyncReader: true;
  readonly host: string;
  readonly logDir: string;
}

function contextOf(host: string, logDir: string): FileContext {
  const [reader, files, scratch] = [new FileReader(), new WholeFileReader(), new SessionScratch()];
  return { host, logDir, reader, files, scratch, sentShas: new Set() };
}

function readRound(ctx: FileContext, jobs: readonly Job[]): Round {
  const batch = new Batch();
  const reads: Read[] = [];
  for (const job of jobs) {
    if (job.copy) {
      addCopy(ctx, batch, job.path);
      continue;
    }
    const outcome = addFile(ctx, batch, job.path, job.previous);
    const r = ctx.scratch.result;
    const { verdict, errorCode, newerV } = r;
    const read = outcome.kind === 'other' || outcome.kind === 'synced';
    reads.push({
      path: job.path,
      outcome,
      ...(read ? { result: { verdict, errorCode, newerV, counts: { ...r.counts } } } : {}),
    });
  }
  return { parts: batch.parts(), reads };
}

/** Rounds read in the caller's thread. */
export function localReader(host: string, logDir: string): RoundReader {
  const ctx = contextOf(host, logDir);
  return { read: async (jobs) => readRound(ctx, jobs), close: async () => {} };
}

/** Rounds read on a thread of their own, while the caller writes the last one to the database. */
export function threadReader(host: string, logDir: string): RoundReader {
  const setup: Setup = { coachSyncReader: true, host, logDir };
  // A small young generation: each file's garbage dies young, and peak memory stays low.
  const worker = new Worker(new URL(import.meta.url), {
    workerData: setup,
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
  // Rounds are read in the order they are asked for: the answers come back in that order.
  const waiting: { resolve: (r: Round) => void; reject: (e: unknown) => void }[] = [];
  let failure: unknown;
  const fail = (e: unknown) => {
    failure ??= e;
    for (const w of waiting.splice(0)) w.reject(e);
  };
  worker.on('message', (round: Round) => waiting.shift()?.resolve(round));
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`sync reader exited with ${code}`)));
  return {
    read: (jobs) =>
      failure !== undefined
        ? Promise.reject(failure)
        : new Promise((resolve, reject) => {
            waiting.push({ resolve, reject });
            worker.postMessage(jobs);
          }),
    close: async () => {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}

if (!isMainThread && (workerData as Setup | undefined)?.coachSyncReader === true) {
  const { host, logDir } = workerData as Setup;
  const ctx = contextOf(host, logDir);
  parentPort?.on('message', (jobs: Job[]) => {
    const round = readRound(ctx, jobs);
    const moved = [round.parts.chunks, round.parts.sessions].flatMap((b) =>
      b === null ? [] : [b.buffer as ArrayBuffer],
    );
    parentPort?.postMessage(round, moved);
  });
}
