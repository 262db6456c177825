/**
 * A multiset of durations giving exact medians and percentiles in memory bounded
 * by the RANGE of the values, not by how many there are: reports are checked to
 * the digit, so no sketch or sampling will do, but durations are whole
 * milliseconds in a limited range and keep coming back, so a histogram is exact
 * and stops growing once the range has been seen, however many sessions follow.
 *
 * A histogram starts as one sorted run of distinct values with their counts
 * (sorted-run.ts), in arrays as narrow as their contents allow
 * (histogram-arrays.ts): 5 bytes per distinct value for whole ms seen fewer than
 * 256 times, up to 16 for fractions and huge counts, plus room to grow. That is
 * cheapest while values are few and scattered, but real durations spread over
 * tens of thousands of milliseconds keep adding distinct values for hundreds of
 * thousands of sessions. So once the whole values fill enough of their range
 * (dense-shape.ts says when), they move to a dense array of counts over that
 * range (dense-counts.ts, dense-histogram.ts): 1 byte per millisecond of range
 * while no millisecond is seen more than 255 times, 2 up to 65,535, fixed from
 * then on. The move happens when the run would otherwise grow past the array,
 * so either way a histogram holds about an array's worth at most (a byte or two
 * per millisecond of the range of its whole values), however many sessions are
 * read. Values outside the range, fractions and anything int32 cannot hold stay
 * in the run beside it, exact; the range grows to take them in when they become
 * dense enough there.
 *
 * New values wait in a pending buffer. While there is no dense array, a full
 * buffer is sorted (numeric typed-array sort) and merged into the run in one
 * linear pass, equal values collapsing; the buffer grows with the run (an eighth
 * of it, 256 up to 64 Ki values) so that each merge is paid for by as many new
 * values: O(log n) amortized per value, half a byte per distinct value. Once
 * there is one, a value in its range costs one increment when the buffer is
 * emptied, and only the others are sorted and merged. add() stays the same code
 * in both forms on purpose: callers that V8 compiled with it inlined are not
 * thrown away (deoptimized) when a histogram turns dense, which cost a report of
 * 100,000 sessions 3% of its time. -0 is counted as 0; NaN is not a duration
 * and is not counted.
 */
import { DenseCounts } from './dense-counts.js';
import { Histogram } from './dense-histogram.js';
import { type CountArray, isInt32, type KeyArray, newKeys } from './histogram-arrays.js';
import { SortedRun } from './sorted-run.js';

/** The histogram as plain data, to cross between threads; buffers are transferable. */
export interface PlainDurations {
  /** Distinct values, ascending (with `dense`: only those it does not count). */
  readonly keys: KeyArray;
  /** How many times each key was seen (same length as keys). */
  readonly counts: CountArray;
  /** Whole values counted densely: `counts[i]` times the value `lo + i`. */
  readonly dense?: { readonly lo: number; readonly counts: CountArray };
}

const MIN_PENDING = 256;
const MAX_PENDING = 65536;
const FIRST_PENDING = 16;

export class Durations {
  #histogram = new Histogram();
  /** Int32 (faster to sort, half the size) until a value needs float64. */
  #pending: KeyArray = new Int32Array(FIRST_PENDING);
  #pendingLength = 0;

  /** A histogram made of plain data, whose arrays it keeps (no copy). */
  static fromPlain(p: PlainDurations): Durations {
    const d = new Durations();
    d.mergePlain(p);
    return d;
  }

  /** How many values were added. */
  get count(): number {
    return this.#histogram.values + this.#pendingLength;
  }

  /** How many distinct values were added (counted on demand). */
  get distinct(): number {
    this.#flush();
    return this.#histogram.distinct();
  }

  /** Bytes held by the histogram's arrays, spare room included. */
  get bytes(): number {
    return this.#histogram.bytes + this.#pending.byteLength;
  }

  add(value: number): void {
    if (this.#pendingLength === this.#pending.length) {
      const size = this.#histogram.run.size;
      const limit = Math.min(MAX_PENDING, Math.max(MIN_PENDING, size >> 3));
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
    if (other === this) {
      this.mergePlain(this.toPlain().plain);
      return;
    }
    other.#flush();
    this.#flush();
    const { dense, run } = other.#histogram;
    this.#histogram.merge(dense, run, false);
  }

  /** Adds the values of plain data, whose arrays it may keep and write to. */
  mergePlain(p: PlainDurations): void {
    this.#flush();
    const dense = p.dense ? new DenseCounts(p.dense.lo, p.dense.counts) : null;
    this.#histogram.merge(dense, new SortedRun(p.keys, p.counts), true);
  }

  /** The histogram as trimmed copies, with their buffers to transfer. */
  toPlain(): { plain: PlainDurations; transfer: ArrayBuffer[] } {
    this.#flush();
    const { keys, counts } = this.#histogram.run.slice();
    const transfer = [keys.buffer, counts.buffer];
    const dense = this.#histogram.dense;
    if (dense === null) return { plain: { keys, counts }, transfer };
    const plainDense = { lo: dense.lo, counts: dense.counts.slice() };
    transfer.push(plainDense.counts.buffer);
    return { plain: { keys, counts, dense: plainDense }, transfer };
  }

  /** How many values are strictly greater than `limit`. */
  countOver(limit: number): number {
    this.#flush();
    return this.#histogram.countOver(limit);
  }

  /**
   * Median (mean of the two middle values for an even count) and nearest-rank
   * 90th percentile; null for both when empty.
   */
  medianAndP90(): { median: number | null; p90: number | null } {
    const n = this.count;
    if (n === 0) return { median: null, p90: null };
    this.#flush();
    const mid = Math.floor(n / 2);
    // ceil(0.9·n) in integers: 0.9 * 70 is 63.00000000000001 in floating point.
    const rank = Math.max(1, Math.floor((9 * n + 9) / 10));
    const [below, upper, p90] = this.#histogram.valuesAt([Math.max(0, mid - 1), mid, rank - 1]);
    const median = n % 2 === 0 ? ((below as number) + (upper as number)) / 2 : (upper as number);
    return { median, p90: p90 as number };
  }

  #flush(): void {
    const n = this.#pendingLength;
    if (n === 0) return;
    this.#pendingLength = 0;
    this.#histogram.add(this.#pending.subarray(0, n), n);
  }
}
