/**
 * A histogram in either of its two forms (see durations.ts): a sorted run
 * alone, or a dense array beside the run of what the array cannot hold. It
 * moves from the first to the second when the values become dense enough, and
 * keeps the two apart (no whole number inside the array's range in the run)
 * through additions and merges in any combination of forms.
 */
import { DenseCounts } from './dense-counts.js';
import { denseWindow, grownRange, MIN_DENSE_VALUES } from './dense-shape.js';
import { addRun, valuesAt } from './dense-with-run.js';
import { countLimit, type KeyArray } from './histogram-arrays.js';
import { SortedRun } from './sorted-run.js';

export class Histogram {
  #run: SortedRun;
  #dense: DenseCounts | null;

  /** Takes the parts as they are (no copy); the run must hold nothing the array can. */
  constructor(run = new SortedRun(), dense: DenseCounts | null = null) {
    this.#run = run;
    this.#dense = dense;
  }

  get run(): SortedRun {
    return this.#run;
  }

  get dense(): DenseCounts | null {
    return this.#dense;
  }

  /** How many values it holds. */
  get values(): number {
    return this.#run.values + (this.#dense?.values ?? 0);
  }

  /** How many distinct values it holds (counted on demand). */
  distinct(): number {
    return this.#run.size + (this.#dense?.distinct() ?? 0);
  }

  /** Bytes held by its arrays, spare room included. */
  get bytes(): number {
    const { keys, counts } = this.#run;
    return keys.byteLength + counts.byteLength + (this.#dense?.counts.byteLength ?? 0);
  }

  /** Adds `values[0..n)` (no NaN, no -0), which it may reorder and write to. */
  add(values: KeyArray, n: number): void {
    const run = this.#run;
    if (this.#dense === null) {
      values.sort();
      // Just before the run's arrays would grow: the last moment to give way to a dense array.
      if (run.size + n > run.keys.length) this.#toDense();
      if (this.#dense === null) {
        run.merge(values, null, n);
        return;
      }
    }
    const dense = this.#dense;
    let w = 0;
    for (let j = 0; j < n; j++) {
      const v = values[j] as number;
      if (!dense.tryAdd(v)) values[w++] = v;
    }
    if (w === 0) return;
    // Only what the array cannot hold is sorted.
    const rest = values.subarray(0, w);
    rest.sort();
    run.merge(rest, null, w);
    this.#grow();
  }

  /** Adds a dense part (or none) and a run, whose arrays it may keep when `owned`. */
  merge(dense: DenseCounts | null, run: SortedRun, owned: boolean): void {
    const mine = this.#dense;
    if (dense !== null && (mine === null || (dense.lo <= mine.lo && dense.hi >= mine.hi))) {
      // Theirs covers ours: theirs becomes the base.
      const base = owned ? dense : dense.copy();
      if (mine !== null) base.addOverlap(mine);
      this.#dense = base;
      this.#takeFromRun();
    } else if (dense !== null && mine !== null) {
      mine.addOverlap(dense);
      const { keys, counts } = dense.outside(mine.lo, mine.hi);
      this.#run.merge(keys, counts, keys.length);
    }
    if (owned && this.#run.size === 0) {
      this.#run = run;
      if (this.#dense !== null) this.#takeFromRun();
    } else if (this.#dense !== null) addRun(this.#dense, this.#run, run);
    else this.#run.absorb(run);
    if (this.#dense === null) this.#toDense();
    else if (this.#run.size > 0) this.#grow();
  }

  /** How many values are strictly greater than `limit`. */
  countOver(limit: number): number {
    return this.#run.countOver(limit) + (this.#dense?.countOver(limit) ?? 0);
  }

  /** The values at 0-based positions `ks` (ascending, below `values`) of the sorted values. */
  valuesAt(ks: readonly number[]): number[] {
    const run = this.#run;
    return this.#dense === null ? ks.map((k) => run.valueAt(k)) : valuesAt(this.#dense, run, ks);
  }

  /** Moves the run's whole values to a dense array, if they are dense enough somewhere. */
  #toDense(): void {
    const run = this.#run;
    if (run.size < MIN_DENSE_VALUES) return;
    const counts = run.counts;
    const range = denseWindow(run, counts.BYTES_PER_ELEMENT);
    if (range === null) return;
    this.#dense = DenseCounts.spanning(range.lo, range.hi, countLimit(counts));
    this.#takeFromRun();
  }

  /** Widens the dense range over the run's values beyond it, if they are dense enough there. */
  #grow(): void {
    const dense = this.#dense as DenseCounts;
    const slotBytes = dense.counts.BYTES_PER_ELEMENT;
    const { lo, hi } = grownRange(dense.lo, dense.hi, slotBytes, this.#run);
    if (lo === dense.lo && hi === dense.hi) return;
    dense.resize(lo, hi);
    this.#takeFromRun();
  }

  /** Moves the run's whole values inside the dense range into it. */
  #takeFromRun(): void {
    const dense = this.#dense as DenseCounts;
    const run = this.#run;
    const values = dense.addWholeIn(run.keys, run.counts, run.size);
    run.removeWholeIn(dense.lo, dense.hi, values);
  }
}
