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
/** Each thread has its own heap: more than four would cost memory for little speed. */
const MAX_THREADS = 4;

export interface AggregateOptions {
  readonly filter: SessionFilter;
  /** Threads to use, the main one included; default: one per core, one for small inputs. */
  readonly threads?: number;
  /** Called from the main thread now and then with the number of files taken so far. */
  readonly onProgress?: (taken: number, total: number) => void;
}

/**
 * The file list in shared memory, as UTF-8 bytes and offsets: every thread reads
 * the same copy instead of holding its own array of 100,000 strings.
 */
interface PathList {
  readonly bytes: SharedArrayBuffer;
  /** offsets[i] .. offsets[i + 1] are the bytes of path i. */
  readonly offsets: SharedArrayBuffer;
}

function sharePaths(files: readonly string[]): PathList {
  const offsets = new Int32Array(new SharedArrayBuffer(4 * (files.length + 1)));
  let size = 0;
  files.forEach((file, i) => {
    offsets[i] = size;
    size += Buffer.byteLength(file);
  });
  offsets[files.length] = size;
  const bytes = new SharedArrayBuffer(Math.max(1, size));
  const view = Buffer.from(bytes);
  files.forEach((file, i) => {
    view.write(file, offsets[i] as number);
  });
  return { bytes, offsets: offsets.buffer as SharedArrayBuffer };
}

interface WorkerInput {
  readonly coachReportWorker: true;
  readonly paths: PathList;
  readonly filter: SessionFilter;
  readonly counter: Int32Array;
}

function work(
  paths: PathList,
  filter: SessionFilter,
  counter: Int32Array,
  acc: Accumulator,
  onBatch?: (taken: number) => void,
): void {
  const reader = new FileReader();
  const scratch = new SessionScratch();
  const bytes = Buffer.from(paths.bytes);
  const offsets = new Int32Array(paths.offsets);
  const count = offsets.length - 1;
  for (;;) {
    const first = Atomics.add(counter, 0, BATCH);
    if (first >= count) return;
    const last = Math.min(count, first + BATCH);
    for (let i = first; i < last; i++) {
      const file = bytes.toString('utf8', offsets[i], offsets[i + 1]);
      const verdict = reader.read(file, scratch);
      if (verdict !== 'session') acc.files[verdict]++;
      else if (matches(filter, scratch)) acc.commit(scratch);
    }
    onBatch?.(last);
  }
}

function defaultThreads(files: number): number {
  if (files < PARALLEL_FROM) return 1;
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS));
}

function startWorker(input: WorkerInput): Promise<Partial> {
  return new Promise((resolve, reject) => {
    // A small young generation: the per-file garbage dies young, and peak memory stays low.
    const worker = new Worker(new URL(import.meta.url), {
      workerData: input,
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
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
  const paths = sharePaths(files);
  const workers: Promise<Partial>[] = [];
  for (let i = 1; i < threads; i++) {
    workers.push(startWorker({ coachReportWorker: true, paths, filter: options.filter, counter }));
  }
  // Keeps an early worker failure from being reported as unhandled while the main thread works.
  for (const w of workers) w.catch(() => {});
  const acc = new Accumulator();
  const progress = options.onProgress;
  const total = files.length;
  const onBatch = progress && (() => progress(Math.min(Atomics.load(counter, 0), total), total));
  work(paths, options.filter, counter, acc, onBatch);
  for (const partial of await Promise.all(workers)) mergePartial(acc, partial);
  return acc;
}

if (!isMainThread && (workerData as WorkerInput | undefined)?.coachReportWorker === true) {
  const input = workerData as WorkerInput;
  const acc = new Accumulator();
  work(input.paths, input.filter, input.counter, acc);
  const { partial, transfer } = toPartial(acc);
  parentPort?.postMessage(partial, transfer);
}
