/**
 * Counts a list of session files on every core: the main thread and worker
 * threads take batches of files from one shared counter, each fills its own
 * totals, and the workers' totals are merged into the main thread's at the end.
 * A worker runs this same module (it is its own entry point), so the bundle
 * needs no extra file.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Accumulator } from './accumulate.js';
import { matches, type SessionFilter } from './filter.js';
import { mergePartial, type Partial, toPartial } from './partial.js';
import { FileReader } from './read-file.js';
import { SessionScratch } from './session.js';

const BATCH = 64;
/** Below this many files, starting threads costs more than it saves. */
const PARALLEL_FROM = 2000;

export interface AggregateOptions {
  readonly filter: SessionFilter;
  /** Threads to use, the main one included; default: one per core, one for small inputs. */
  readonly threads?: number;
  /** Called from the main thread now and then with the number of files taken so far. */
  readonly onProgress?: (taken: number, total: number) => void;
}

interface WorkerInput {
  readonly coachReportWorker: true;
  readonly files: readonly string[];
  readonly filter: SessionFilter;
  readonly counter: Int32Array;
}

function work(
  files: readonly string[],
  filter: SessionFilter,
  counter: Int32Array,
  acc: Accumulator,
  onBatch?: (taken: number) => void,
): void {
  const reader = new FileReader();
  const scratch = new SessionScratch();
  for (;;) {
    const first = Atomics.add(counter, 0, BATCH);
    if (first >= files.length) return;
    const last = Math.min(files.length, first + BATCH);
    for (let i = first; i < last; i++) {
      const verdict = reader.read(files[i] as string, scratch);
      if (verdict !== 'session') acc.files[verdict]++;
      else if (matches(filter, scratch)) acc.commit(scratch);
    }
    onBatch?.(last);
  }
}

function defaultThreads(files: number): number {
  if (files < PARALLEL_FROM) return 1;
  return Math.max(1, Math.min(availableParallelism(), 8));
}

function startWorker(input: WorkerInput): Promise<Partial> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: input });
    worker.once('message', (partial: Partial) => resolve(partial));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`report worker exited with ${code}`));
    });
  });
}

export async function aggregateFiles(
  files: readonly string[],
  options: AggregateOptions,
): Promise<Accumulator> {
  const threads = options.threads ?? defaultThreads(files.length);
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const workers: Promise<Partial>[] = [];
  for (let i = 1; i < threads; i++) {
    workers.push(
      startWorker({ coachReportWorker: true, files, filter: options.filter, counter }),
    );
  }
  // Keeps an early worker failure from being reported as unhandled while the main thread works.
  for (const w of workers) w.catch(() => {});
  const acc = new Accumulator();
  const progress = options.onProgress;
  work(files, options.filter, counter, acc, progress && (() => progress(Math.min(Atomics.load(counter, 0), files.length), files.length)));
  for (const partial of await Promise.all(workers)) mergePartial(acc, partial);
  return acc;
}

if (!isMainThread && (workerData as WorkerInput | undefined)?.coachReportWorker === true) {
  const input = workerData as WorkerInput;
  const acc = new Accumulator();
  work(input.files, input.filter, input.counter, acc);
  const { partial, transfer } = toPartial(acc);
  parentPort?.postMessage(partial, transfer);
}
