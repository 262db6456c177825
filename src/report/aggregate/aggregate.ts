/**
 * Counts session files on every core while the files are still being found.
 * Files come in rounds of a few thousand paths, copied into one shared buffer;
 * worker threads take batches of a round from one shared counter, each filling
 * its own totals, while the main thread finds the next round. So memory holds
 * one round of paths, never the whole list, however many sessions there are.
 * The main thread reads no file itself when there are workers: a worker's young
 * generation can be kept small, the main thread's cannot, and reading is what
 * makes garbage. A small report (one round) is read on the main thread alone.
 * The workers' totals are merged at the end. A worker runs this same module (it
 * is its own entry point), so the bundle needs no extra file.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { FileReader, type Filters, matches, SessionScratch } from '../../log/read/index.js';
import { Accumulator } from './accumulate.js';
import { mergePartial, type Partial, toPartial } from './partial.js';
import { type Round, RoundReader, RoundWriter } from './round.js';
import { roundFiller } from './round-filler.js';

const BATCH = 64;
/** Files per round: enough that the threads rarely wait for each other at its end. */
const ROUND_FILES = 2048;
/** Each thread has its own heap: more than four would cost memory for little speed. */
const MAX_THREADS = 4;
const PROGRESS_MS = 100;
/** Room for a round's paths at first, in bytes a path: a long path. */
const PATH_BYTES = 128;

export interface AggregateOptions {
  readonly filter: Filters;
  /** Threads that read files; default: one per core once a round fills up. */
  readonly threads?: number;
  /** Files per round (tests make it small to cross many rounds). */
  readonly roundFiles?: number;
  /** Called from the main thread now and then with the number of files read so far. */
  readonly onProgress?: (read: number) => void;
}

interface WorkerInput {
  readonly coachReportWorker: true;
  readonly filter: Filters;
}

type ToWorker = { readonly kind: 'round'; readonly round: Round } | { readonly kind: 'finish' };
type FromWorker =
  | { readonly kind: 'round' }
  | { readonly kind: 'partial'; readonly partial: Partial };

class Counter {
  readonly reader = new FileReader();
  readonly scratch = new SessionScratch();
  readonly acc = new Accumulator();

  constructor(private readonly filter: Filters) {}

  /** Reads the current round's files, a batch at a time, until none is left. */
  work(round: RoundReader, onBatch?: () => void): void {
    const count = round.count;
    for (;;) {
      const first = round.take(BATCH);
      if (first >= count) return;
      const last = Math.min(count, first + BATCH);
      for (let i = first; i < last; i++) {
        const verdict = this.reader.read(round.path(i), this.scratch);
        if (verdict !== 'session') this.acc.files[verdict]++;
        else if (matches(this.filter, this.scratch)) this.acc.commit(this.scratch);
      }
      onBatch?.();
    }
  }
}

/** A worker thread, driven by messages: read this round, or send your totals. */
class Helper {
  readonly #worker: Worker;
  #waiting?: { resolve: (m: FromWorker) => void; reject: (e: unknown) => void };
  #failure?: unknown;

  constructor(input: WorkerInput) {
    // A small young generation: the per-file garbage dies young, and peak memory stays low.
    this.#worker = new Worker(new URL(import.meta.url), {
      workerData: input,
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    this.#worker.on('message', (m: FromWorker) => this.#settle(m));
    this.#worker.on('error', (e) => this.#fail(e));
    this.#worker.on('exit', (code) => this.#fail(new Error(`report worker exited with ${code}`)));
  }

  #settle(m: FromWorker): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.resolve(m);
  }

  #fail(e: unknown): void {
    this.#failure ??= e;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.reject(e);
  }

  ask(message: ToWorker): Promise<FromWorker> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
      this.#worker.postMessage(message);
    });
  }
}

/** Calls `tick` every PROGRESS_MS until all of `work` has settled. */
async function watch(work: readonly Promise<unknown>[], tick: () => void): Promise<void> {
  const timer = setInterval(tick, PROGRESS_MS);
  try {
    await Promise.allSettled(work);
  } finally {
    clearInterval(timer);
  }
  tick();
}

function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS));
}

export async function aggregateFiles(
  files: Iterable<string> | AsyncIterable<string>,
  options: AggregateOptions,
): Promise<Accumulator> {
  const roundFiles = options.roundFiles ?? ROUND_FILES;
  const main = new Counter(options.filter);
  const helpers: Helper[] = [];
  const progress = options.onProgress;
  const nextRound = roundFiller(files, new RoundWriter(roundFiles, roundFiles * PATH_BYTES));
  let before = 0;
  let filled = await nextRound();
  while (filled !== undefined) {
    // Threads start once there is more than a round's worth of work, unless asked for.
    if (helpers.length === 0 && (filled.full || options.threads !== undefined)) {
      const threads = options.threads ?? defaultThreads();
      for (let i = threads > 1 ? 0 : 1; i < threads; i++) {
        helpers.push(new Helper({ coachReportWorker: true, filter: options.filter }));
      }
    }
    const shared = filled.round;
    const round = new RoundReader(shared);
    const read = helpers.map((h) => h.ask({ kind: 'round', round: shared }));
    const next = nextRound();
    // An early failure (a worker's, or finding the next files) is reported below, once
    // this round is read, not as an unhandled rejection while it is being read.
    for (const p of [...read, next]) p.catch(() => {});
    const done = before;
    if (helpers.length === 0) main.work(round, progress && (() => progress(done + round.taken())));
    else if (progress) await watch(read, () => progress(done + round.taken()));
    await Promise.all(read);
    before += round.count;
    filled = await next;
  }
  for (const h of helpers) {
    const reply = await h.ask({ kind: 'finish' });
    if (reply.kind === 'partial') mergePartial(main.acc, reply.partial);
  }
  return main.acc;
}

if (!isMainThread && (workerData as WorkerInput | undefined)?.coachReportWorker === true) {
  const input = workerData as WorkerInput;
  const counter = new Counter(input.filter);
  parentPort?.on('message', (m: ToWorker) => {
    if (m.kind === 'round') {
      counter.work(new RoundReader(m.round));
      parentPort?.postMessage({ kind: 'round' } satisfies FromWorker);
      return;
    }
    const { partial, transfer } = toPartial(counter.acc);
    parentPort?.postMessage({ kind: 'partial', partial } satisfies FromWorker, transfer);
    parentPort?.close();
  });
}
