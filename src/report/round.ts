/**
 * One round of file paths in shared memory, as UTF-8 bytes and offsets, with
 * the counter the threads take batches from: every thread reads the same copy
 * instead of holding its own array of strings. The same buffers serve round
 * after round (they grow only when a round needs more room), so a long report
 * does not leave a trail of buffers waiting for each thread's collector.
 */
export interface Round {
  readonly bytes: SharedArrayBuffer;
  /** offsets[i] .. offsets[i + 1] are the bytes of path i. */
  readonly offsets: SharedArrayBuffer;
  /** [the index of the next path to take, moved with Atomics; the number of paths]. */
  readonly control: SharedArrayBuffer;
}

const CURSOR = 0;
const COUNT = 1;

/** The main thread's side: puts each round's paths in the shared buffers. */
export class RoundWriter {
  #round: Round;

  constructor(paths: number, bytes: number) {
    this.#round = {
      bytes: new SharedArrayBuffer(bytes),
      offsets: new SharedArrayBuffer(4 * (paths + 1)),
      control: new SharedArrayBuffer(8),
    };
  }

  /** Writes `paths` as the new round; the buffers to read it from. */
  fill(paths: readonly string[]): Round {
    let size = 0;
    for (const path of paths) size += Buffer.byteLength(path);
    let { bytes, offsets } = this.#round;
    if (size > bytes.byteLength)
      bytes = new SharedArrayBuffer(Math.max(size, 2 * bytes.byteLength));
    if (4 * (paths.length + 1) > offsets.byteLength)
      offsets = new SharedArrayBuffer(4 * (paths.length + 1));
    if (bytes !== this.#round.bytes || offsets !== this.#round.offsets) {
      this.#round = { bytes, offsets, control: this.#round.control };
    }
    const view = Buffer.from(bytes);
    const at = new Int32Array(offsets);
    let end = 0;
    paths.forEach((path, i) => {
      at[i] = end;
      end += view.write(path, end);
    });
    at[paths.length] = end;
    const control = new Int32Array(this.#round.control);
    Atomics.store(control, COUNT, paths.length);
    Atomics.store(control, CURSOR, 0);
    return this.#round;
  }
}

/** A thread's view of the current round. */
export class RoundReader {
  readonly #bytes: Buffer;
  readonly #offsets: Int32Array;
  readonly #control: Int32Array;
  readonly count: number;

  constructor(round: Round) {
    this.#bytes = Buffer.from(round.bytes);
    this.#offsets = new Int32Array(round.offsets);
    this.#control = new Int32Array(round.control);
    this.count = Atomics.load(this.#control, COUNT);
  }

  /** Takes the next `n` paths: the index of the first, `count` or more when none is left. */
  take(n: number): number {
    return Atomics.add(this.#control, CURSOR, n);
  }

  path(i: number): string {
    return this.#bytes.toString('utf8', this.#offsets[i], this.#offsets[i + 1]);
  }

  /** How many paths have been taken so far. */
  taken(): number {
    return Math.min(Atomics.load(this.#control, CURSOR), this.count);
  }
}

/**
 * Up to `size` paths at a time from a list being found: synchronous sources
 * (a folder walk) are read without a wait per path.
 */
export function roundsOf(
  files: Iterable<string> | AsyncIterable<string>,
  size: number,
): () => Promise<string[]> {
  if (Symbol.iterator in files) {
    const it = files[Symbol.iterator]();
    return async () => {
      const out: string[] = [];
      while (out.length < size) {
        const r = it.next();
        if (r.done) break;
        out.push(r.value);
      }
      return out;
    };
  }
  const it = files[Symbol.asyncIterator]();
  return async () => {
    const out: string[] = [];
    while (out.length < size) {
      const r = await it.next();
      if (r.done) break;
      out.push(r.value);
    }
    return out;
  };
}
