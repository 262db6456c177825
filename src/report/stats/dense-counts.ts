/**
 * Counts of whole-millisecond values over a range [lo, hi], one slot per
 * millisecond: once enough of a range has been seen, a slot costs less than a
 * distinct value in a sorted run (5 bytes and spare room), counting a value is
 * one increment instead of a sort and a merge, and memory no longer depends on
 * how many values were seen. Slots start as narrow as the run's counts were, uint8
 * for durations (measured: a millisecond is seen at most 41 times in 300,000
 * sessions, and half the bytes took 9 MiB off the peak there, against starting
 * at uint16), and widen to uint16, uint32 and float64 before any count would
 * wrap, as sorted runs do.
 */
import { type CountArray, countLimit, type KeyArray, newCounts } from './histogram-arrays.js';

export class DenseCounts {
  #lo: number;
  #counts: CountArray;
  #limit: number;
  #values = 0;

  /** Takes `counts` as it is (no copy): slot i counts the value lo + i; `values` is their sum. */
  constructor(lo: number, counts: CountArray, values = sum(counts)) {
    this.#lo = lo;
    this.#counts = counts;
    this.#limit = countLimit(counts);
    this.#values = values;
  }

  /** Empty counts over [lo, hi], wide enough for counts up to `largest`. */
  static spanning(lo: number, hi: number, largest: number): DenseCounts {
    return new DenseCounts(lo, newCounts(hi - lo + 1, largest), 0);
  }

  get lo(): number {
    return this.#lo;
  }

  get hi(): number {
    return this.#lo + this.#counts.length - 1;
  }

  get counts(): CountArray {
    return this.#counts;
  }

  /** How many values were counted (the sum of the counts). */
  get values(): number {
    return this.#values;
  }

  copy(): DenseCounts {
    return new DenseCounts(this.#lo, this.#counts.slice(), this.#values);
  }

  /** Counts `value` if it is a whole number in range; false (and nothing done) otherwise. */
  tryAdd(value: number): boolean {
    const i = value - this.#lo;
    // Whole in int32 first: then `i` is exact (-1e-323 - lo would round to a whole number).
    if ((value | 0) !== value || i < 0 || i >= this.#counts.length) return false;
    const n = (this.#counts[i] as number) + 1;
    if (n > this.#limit) this.#widen(n);
    this.#counts[i] = n;
    this.#values++;
    return true;
  }

  /**
   * Adds the whole keys of the ascending run `keys[0..size)` that are in range,
   * with their counts; returns how many values that was.
   */
  addWholeIn(keys: KeyArray, counts: CountArray, size: number): number {
    const added = this.#addKeys(keys, counts, size);
    this.#values += added;
    return added;
  }

  /** Adds the counts of `other` where its range overlaps this one. */
  addOverlap(other: DenseCounts): void {
    const from = Math.max(this.#lo, other.#lo);
    const to = Math.min(this.hi, other.hi);
    this.#values += this.#addSlots(other.#counts, from - other.#lo, from - this.#lo, to - from + 1);
  }

  // The loops below end their functions: a long loop in a function called a few
  // times is compiled while it runs (V8's on-stack replacement), and code after
  // it that had not run yet would throw that code away on every exit.

  #addKeys(keys: KeyArray, counts: CountArray, size: number): number {
    const lo = this.#lo;
    const hi = this.hi;
    let slots = this.#counts;
    let added = 0;
    for (let i = 0; i < size; i++) {
      const k = keys[i] as number;
      if (k > hi) break;
      if (k < lo || !Number.isInteger(k)) continue;
      const c = counts[i] as number;
      const n = (slots[k - lo] as number) + c;
      if (n > this.#limit) slots = this.#widen(n);
      slots[k - lo] = n;
      added += c;
    }
    return added;
  }

  /** Adds `theirs[from..from+length)` to the slots from `to` on; returns the sum added. */
  #addSlots(theirs: CountArray, from: number, to: number, length: number): number {
    let slots = this.#counts;
    let added = 0;
    for (let j = 0; j < length; j++) {
      const c = theirs[from + j] as number;
      const n = (slots[to + j] as number) + c;
      if (n > this.#limit) slots = this.#widen(n);
      slots[to + j] = n;
      added += c;
    }
    return added;
  }

  /** The values of the slots outside [lo, hi] that were seen, as a run of keys and counts. */
  outside(lo: number, hi: number): { keys: Int32Array; counts: CountArray } {
    const counts = this.#counts;
    // Slots below lo, then slots above hi.
    const below = Math.min(counts.length, Math.max(0, lo - this.#lo));
    const above = Math.max(below, Math.min(counts.length, hi + 1 - this.#lo));
    let n = 0;
    for (let i = 0; i < below; i++) if (counts[i] !== 0) n++;
    for (let i = above; i < counts.length; i++) if (counts[i] !== 0) n++;
    const keys = new Int32Array(n);
    const out = newCounts(n, this.#limit);
    let w = 0;
    const take = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const c = counts[i] as number;
        if (c === 0) continue;
        keys[w] = this.#lo + i;
        out[w++] = c;
      }
    };
    take(0, below);
    take(above, counts.length);
    return { keys, counts: out };
  }

  /** Moves to the wider range [lo, hi], which must contain the present one. */
  resize(lo: number, hi: number): void {
    const bigger = newCounts(hi - lo + 1, this.#limit);
    bigger.set(this.#counts, this.#lo - lo);
    this.#lo = lo;
    this.#counts = bigger;
  }

  /** How many values are strictly greater than `limit`. */
  countOver(limit: number): number {
    if (Number.isNaN(limit)) return 0;
    const counts = this.#counts;
    let n = 0;
    for (let i = Math.max(0, Math.floor(limit) + 1 - this.#lo); i < counts.length; i++) {
      n += counts[i] as number;
    }
    return n;
  }

  /** How many slots were seen at least once. */
  distinct(): number {
    let n = 0;
    for (let i = 0; i < this.#counts.length; i++) if (this.#counts[i] !== 0) n++;
    return n;
  }

  #widen(largest: number): CountArray {
    const wider = newCounts(this.#counts.length, Math.max(largest, this.#limit + 1));
    wider.set(this.#counts);
    this.#counts = wider;
    this.#limit = countLimit(wider);
    return wider;
  }
}

function sum(counts: CountArray): number {
  let n = 0;
  for (let i = 0; i < counts.length; i++) n += counts[i] as number;
  return n;
}
