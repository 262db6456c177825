/**
 * Rounds of file paths in shared memory, as UTF-8 bytes and offsets, with the
 * counter the threads take batches from: every thread reads the same copy
 * instead of holding its own array of strings. Paths go into the buffers as
 * they are found, so the thread that finds them keeps no list of its own (a
 * list that outlived each round made that thread's collector grow its heap).
 * Two sets of buffers take turns: one is read while the next round is written
 * into the other, and both serve round after round, growing only when a path
 * needs more room.
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
/** UTF-8 takes at most three bytes for each UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

class Slot {
  round: Round;
  bytes: Buffer;
  readonly offsets: Int32Array;

  constructor(files: number, bytes: number) {
    this.round = {
      bytes: new SharedArrayBuffer(bytes),
      offsets: new SharedArrayBuffer(4 * (files + 1)),
      control: new SharedArrayBuffer(8),
    };
    this.bytes = Buffer.from(this.round.bytes);
    this.offsets = new Int32Array(this.round.offsets);
  }

  /** New, larger bytes for a path that does not fit an empty slot. */
  grow(size: number): void {
    const bytes = new SharedArrayBuffer(Math.max(size, 2 * this.bytes.length));
    this.round = { ...this.round, bytes };
    this.bytes = Buffer.from(bytes);
  }
}

/** The finding thread's side: writes paths into the round being filled. */
export class RoundWriter {
  readonly #files: number;
  readonly #slots: [Slot, Slot];
  #slot = 0;
  #count = 0;
  #end = 0;

  constructor(files: number, bytes: number) {
    this.#files = files;
    this.#slots = [new Slot(files, bytes), new Slot(files, bytes)];
  }

  /** Paths in the round being filled. */
  get count(): number {
    return this.#count;
  }

  /** Adds `path` to the round being filled; false, adding nothing, when the round is full. */
  add(path: string): boolean {
    if (this.#count === this.#files) return false;
    const slot = this.#slots[this.#slot] as Slot;
    const room = slot.bytes.length - this.#end;
    // Counting a path's bytes costs a pass over it: only when it might not fit.
    if (path.length * MAX_BYTES_PER_UNIT > room) {
      const size = Buffer.byteLength(path);
      if (size > room && this.#count > 0) return false;
      if (size > room) slot.grow(size);
    }
    slot.offsets[this.#count++] = this.#end;
    this.#end += slot.bytes.write(path, this.#end);
    return true;
  }

  /** Hands out the round filled so far; the next one is written into the other buffers. */
  publish(): Round {
    const slot = this.#slots[this.#slot] as Slot;
    slot.offsets[this.#count] = this.#end;
    const control = new Int32Array(slot.round.control);
    Atomics.store(control, COUNT, this.#count);
    Atomics.store(control, CURSOR, 0);
    this.#slot = 1 - this.#slot;
    this.#count = 0;
    this.#end = 0;
    return slot.round;
  }
}

/** A thread's view of a published round. */
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
