/**
 * One round of file paths in shared memory, as UTF-8 bytes and offsets, with
 * the counter the threads take batches from: every thread reads the same copy
 * instead of holding its own array of strings.
 */
export interface Round {
  readonly bytes: SharedArrayBuffer;
  /** offsets[i] .. offsets[i + 1] are the bytes of path i. */
  readonly offsets: SharedArrayBuffer;
  /** The index of the next path to take, moved with Atomics. */
  readonly cursor: SharedArrayBuffer;
}

export function shareRound(paths: readonly string[]): Round {
  const offsets = new Int32Array(new SharedArrayBuffer(4 * (paths.length + 1)));
  let size = 0;
  paths.forEach((path, i) => {
    offsets[i] = size;
    size += Buffer.byteLength(path);
  });
  offsets[paths.length] = size;
  const bytes = new SharedArrayBuffer(Math.max(1, size));
  const view = Buffer.from(bytes);
  paths.forEach((path, i) => {
    view.write(path, offsets[i] as number);
  });
  return {
    bytes,
    offsets: offsets.buffer as SharedArrayBuffer,
    cursor: new SharedArrayBuffer(4),
  };
}

/** A thread's view of a round. */
export class RoundReader {
  readonly #bytes: Buffer;
  readonly #offsets: Int32Array;
  readonly cursor: Int32Array;
  readonly count: number;

  constructor(round: Round) {
    this.#bytes = Buffer.from(round.bytes);
    this.#offsets = new Int32Array(round.offsets);
    this.cursor = new Int32Array(round.cursor);
    this.count = this.#offsets.length - 1;
  }

  path(i: number): string {
    return this.#bytes.toString('utf8', this.#offsets[i], this.#offsets[i + 1]);
  }

  /** How many paths have been taken so far. */
  taken(): number {
    return Math.min(Atomics.load(this.cursor, 0), this.count);
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
