/**
 * A histogram as one sorted run: `keys` ascending and distinct, `counts` beside
 * them, in arrays as narrow as their contents allow (see histogram-arrays.ts),
 * with room to grow. Other runs are merged in, in place, in one linear pass from
 * the end. Beside a dense array (dense-counts.ts) it holds only what that array
 * cannot: values outside its range, and fractions.
 */
import {
  type CountArray,
  countLimit,
  isInt32,
  type KeyArray,
  newCounts,
  newKeys,
} from './histogram-arrays.js';

export class SortedRun {
  #keys: KeyArray;
  #counts: CountArray;
  #size: number;
  #values = 0;

  /** Takes the arrays as they are (no copy); same length, keys ascending and distinct. */
  constructor(keys: KeyArray = new Int32Array(0), counts: CountArray = new Uint8Array(0)) {
    this.#keys = keys;
    this.#counts = counts;
    this.#size = keys.length;
    for (let i = 0; i < counts.length; i++) this.#values += counts[i] as number;
  }

  /** How many distinct keys the run holds. */
  get size(): number {
    return this.#size;
  }

  /** How many values the run holds (the sum of its counts). */
  get values(): number {
    return this.#values;
  }

  /** The keys array (valid up to `size`), to read without a copy; `counts` likewise. */
  get keys(): KeyArray {
    return this.#keys;
  }

  get counts(): CountArray {
    return this.#counts;
  }

  /** The run as trimmed copies. */
  slice(): { keys: KeyArray<ArrayBuffer>; counts: CountArray<ArrayBuffer> } {
    return { keys: this.#keys.slice(0, this.#size), counts: this.#counts.slice(0, this.#size) };
  }

  /** How many values are strictly greater than `limit`. */
  countOver(limit: number): number {
    let n = 0;
    for (let i = this.#size - 1; i >= 0 && (this.#keys[i] as number) > limit; i--) {
      n += this.#counts[i] as number;
    }
    return n;
  }

  /** The value at 0-based position `k` (below `values`) of the sorted values. */
  valueAt(k: number): number {
    let seen = 0;
    let i = 0;
    for (; i < this.#size - 1; i++) {
      seen += this.#counts[i] as number;
      if (seen > k) break;
    }
    return this.#keys[i] as number;
  }

  /** The index of the first key not below `value` (`size` when there is none). */
  #lowerBound(value: number): number {
    let a = 0;
    let b = this.#size;
    while (a < b) {
      const m = (a + b) >>> 1;
      if ((this.#keys[m] as number) < value) a = m + 1;
      else b = m;
    }
    return a;
  }

  /**
   * Removes the whole-number keys in [lo, hi], which count `values` in all, once a
   * dense array holds them: builtin copies rather than a loop, as this runs cold (a
   * few times in a histogram's life). Arrays left mostly empty are replaced by
   * trimmed copies: the run should not keep the room of values it handed over.
   */
  removeWholeIn(lo: number, hi: number, values: number): void {
    const keys = this.#keys;
    const counts = this.#counts;
    const from = this.#lowerBound(lo);
    const to = this.#lowerBound(hi + 1);
    let w = from;
    // Fractions in the range stay (int32 keys have none).
    if (keys instanceof Float64Array) {
      for (let i = from; i < to; i++) {
        if (Number.isInteger(keys[i])) continue;
        keys[w] = keys[i] as number;
        counts[w++] = counts[i] as number;
      }
    }
    keys.copyWithin(w, to, this.#size);
    counts.copyWithin(w, to, this.#size);
    this.#size -= to - w;
    this.#values -= values;
    if (this.#size * 4 <= keys.length && keys.length > 0) {
      this.#keys = keys.slice(0, this.#size);
      this.#counts = counts.slice(0, this.#size);
    }
  }

  /** Merges another run into this one (which may be the same run). */
  absorb(other: SortedRun): void {
    if (other === this) {
      const { keys, counts } = this.slice();
      this.merge(keys, counts, keys.length);
    } else this.merge(other.#keys, other.#counts, other.#size);
  }

  /**
   * Merges the ascending run `keys[0..length)` into this one: each key counts
   * `counts[i]` times, or once when `counts` is null (the run may then repeat
   * keys). Linear in both runs. Keys must not be NaN.
   */
  merge(keys: KeyArray, counts: CountArray | null, length: number): void {
    if (length === 0) return;
    const size = this.#fit(keys, counts, length);
    const into = this.#keys;
    const intoCounts = this.#counts;
    let i = this.#size - 1;
    let w = size - 1;
    let j = length - 1;
    while (j >= 0) {
      const v = keys[j] as number;
      let c = 0;
      for (; j >= 0 && keys[j] === v; j--) c += counts === null ? 1 : (counts[j] as number);
      this.#values += c;
      while (i >= 0 && (into[i] as number) > v) {
        into[w] = into[i] as number;
        intoCounts[w--] = intoCounts[i--] as number;
      }
      if (i >= 0 && into[i] === v) c += intoCounts[i--] as number;
      into[w] = v;
      intoCounts[w--] = c;
    }
    // What is left of the old run, below every new key, is already in place (w === i).
    this.#size = size;
  }

  /**
   * Makes room for a merge: enough capacity, keys and counts wide enough for
   * what it will write. Returns the merged size.
   */
  #fit(keys: KeyArray, counts: CountArray | null, length: number): number {
    let size = this.#size;
    let largest = 0;
    let wide = false;
    let i = 0;
    for (let j = 0; j < length; ) {
      const v = keys[j] as number;
      let c = 0;
      for (; j < length && keys[j] === v; j++) c += counts === null ? 1 : (counts[j] as number);
      while (i < this.#size && (this.#keys[i] as number) < v) i++;
      if (i < this.#size && this.#keys[i] === v) c += this.#counts[i] as number;
      else {
        size++;
        if (!isInt32(v)) wide = true;
      }
      if (c > largest) largest = c;
    }
    const grow = size > this.#keys.length;
    // Doubling: each array outgrown is freed, and smaller growth steps leave more of
    // them behind in the allocator than the spare room doubling costs (measured:
    // 8 MiB more peak memory at 100,000 sessions with steps of a quarter).
    const capacity = grow ? size * 2 : this.#keys.length;
    if (grow || (wide && this.#keys instanceof Int32Array)) {
      const bigger = newKeys(capacity, wide || this.#keys instanceof Float64Array);
      bigger.set(this.#keys.subarray(0, this.#size));
      this.#keys = bigger;
    }
    const limit = countLimit(this.#counts);
    if (grow || largest > limit) {
      const bigger = newCounts(capacity, Math.max(largest, limit));
      bigger.set(this.#counts.subarray(0, this.#size));
      this.#counts = bigger;
    }
    return size;
  }
}
