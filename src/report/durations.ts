/**
 * A multiset of durations giving exact medians and percentiles in memory bounded
 * by the number of DISTINCT values, not by the number of values: reports are
 * checked to the digit, so no sketch or sampling will do, but durations are whole
 * milliseconds in a limited range and keep coming back, so a histogram (each
 * distinct value once, with its count) is exact and stops growing once the range
 * of durations has been seen, however many sessions follow.
 *
 * The histogram is one sorted run (sorted-run.ts) in arrays as narrow as their
 * contents allow (histogram-arrays.ts): from 5 bytes per distinct value (whole ms,
 * each seen fewer than 256 times) to 16 (fractions, counts past 2^32), plus room
 * to grow. New values wait in a pending buffer; when it
 * fills, it is sorted (numeric typed-array sort) and merged into the run in one
 * linear pass, equal values collapsing. The buffer grows with the run (an eighth
 * of it, 256 up to 64 Ki values) so that each merge is paid for by as many new
 * values: O(log n) amortized per value, half a byte per distinct value. Any number
 * is kept exactly (fractions and negatives from damaged logs too), -0 counted as
 * 0; NaN is not a duration and is not counted.
 */
import { type CountArray, isInt32, type KeyArray, newKeys } from './histogram-arrays.js';
import { SortedRun } from './sorted-run.js';

/** The histogram as plain data, to cross between threads; buffers are transferable. */
export interface PlainDurations {
  /** Distinct values, ascending. */
  readonly keys: KeyArray;
  /** How many times each key was seen (same length as keys). */
  readonly counts: CountArray;
}

const MIN_PENDING = 256;
const MAX_PENDING = 65536;
const FIRST_PENDING = 16;

export class Durations {
  #run = new SortedRun();
  /** Int32 (faster to sort, half the size) until a value needs float64. */
  #pending: KeyArray = new Int32Array(FIRST_PENDING);
  #pendingLength = 0;

  /** A histogram made of plain data, whose arrays it keeps (no copy). */
  static fromPlain(p: PlainDurations): Durations {
    const d = new Durations();
    d.#run = new SortedRun(p.keys, p.counts);
    return d;
  }

  /** How many values were added. */
  get count(): number {
    return this.#run.values + this.#pendingLength;
  }

  /** How many distinct values were added. */
  get distinct(): number {
    this.#flush();
    return this.#run.size;
  }

  add(value: number): void {
    if (this.#pendingLength === this.#pending.length) {
      const limit = Math.min(MAX_PENDING, Math.max(MIN_PENDING, this.#run.size >> 3));
      if (this.#pendingLength >= limit) this.#flush();
      else this.#pending = this.#widerPending(this.#pendingLength * 2, false);
    }
    if (!isInt32(value)) {
      // NaN would break the order of the run.
      if (Number.isNaN(value)) return;
      if (this.#pending instanceof Int32Array) {
        this.#pending = this.#widerPending(this.#pending.length, true);
      }
    }
    // + 0 turns -0 into 0, so that the two are one key.
    this.#pending[this.#pendingLength++] = value + 0;
  }

  /** The pending values in a new buffer: longer, or float64 for a value int32 cannot hold. */
  #widerPending(length: number, float: boolean): KeyArray {
    const bigger = newKeys(length, float || this.#pending instanceof Float64Array);
    bigger.set(this.#pending.subarray(0, this.#pendingLength));
    return bigger;
  }

  /** Adds every value of `other` (which is left as it was, values-wise). */
  merge(other: Durations): void {
    other.#flush();
    this.#run.absorb(other.#run);
  }

  /** Adds the values of plain data, whose arrays it may keep and write to. */
  mergePlain(p: PlainDurations): void {
    if (this.#run.size === 0) this.#run = new SortedRun(p.keys, p.counts);
    else this.#run.merge(p.keys, p.counts, p.keys.length);
  }

  /** The histogram as trimmed copies, with their buffers to transfer. */
  toPlain(): { plain: PlainDurations; transfer: ArrayBuffer[] } {
    this.#flush();
    const plain = this.#run.slice();
    return { plain, transfer: [plain.keys.buffer, plain.counts.buffer] };
  }

  /** How many values are strictly greater than `limit`. */
  countOver(limit: number): number {
    this.#flush();
    return this.#run.countOver(limit);
  }

  /**
   * Median (mean of the two middle values for an even count) and nearest-rank
   * 90th percentile; null for both when empty.
   */
  medianAndP90(): { median: number | null; p90: number | null } {
    const n = this.count;
    if (n === 0) return { median: null, p90: null };
    this.#flush();
    const run = this.#run;
    const mid = Math.floor(n / 2);
    // ceil(0.9·n) in integers: 0.9 * 70 is 63.00000000000001 in floating point.
    const rank = Math.max(1, Math.floor((9 * n + 9) / 10));
    const upper = run.valueAt(mid);
    const median = n % 2 === 0 ? (run.valueAt(mid - 1) + upper) / 2 : upper;
    return { median, p90: run.valueAt(rank - 1) };
  }

  #flush(): void {
    if (this.#pendingLength === 0) return;
    const pending = this.#pending.subarray(0, this.#pendingLength);
    pending.sort();
    this.#run.merge(pending, null, this.#pendingLength);
    this.#pendingLength = 0;
  }
}
