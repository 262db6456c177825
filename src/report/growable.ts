/** A list of numbers in one typed array that doubles when full: exact medians at 8 bytes a value. */
export class Growable {
  values: Float64Array;
  length = 0;

  constructor(capacity = 16) {
    this.values = new Float64Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }

  append(values: Float64Array): void {
    if (this.length + values.length > this.values.length) {
      let size = this.values.length;
      while (size < this.length + values.length) size *= 2;
      const bigger = new Float64Array(size);
      bigger.set(this.values.subarray(0, this.length));
      this.values = bigger;
    }
    this.values.set(values, this.length);
    this.length += values.length;
  }

  /** The values, trimmed to their length (a copy, safe to transfer). */
  toArray(): Float64Array {
    return this.values.slice(0, this.length);
  }
}

/**
 * The k-th smallest value (0-based), moving values around in `a`: quickselect
 * with random pivots, linear on average whatever the order of the input.
 * Afterwards everything before k is ≤ a[k] and everything after is ≥ a[k].
 */
export function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const pivot = a[lo + Math.floor(Math.random() * (hi - lo + 1))] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k] as number;
  }
  return a[k] as number;
}

/**
 * Median (mean of the two middle values for an even count) and nearest-rank 90th
 * percentile. Reorders `values`.
 */
export function medianAndP90(values: Float64Array): { median: number | null; p90: number | null } {
  const n = values.length;
  if (n === 0) return { median: null, p90: null };
  const a = values;
  const mid = n >> 1;
  let median = select(a, mid);
  if (n % 2 === 0) {
    // After selecting the upper middle, the lower one is the largest value before it.
    let lower = a[0] as number;
    for (let i = 1; i < mid; i++) if ((a[i] as number) > lower) lower = a[i] as number;
    median = (lower + median) / 2;
  }
  // ceil(0.9·n) in integers: 0.9 * 70 is 63.00000000000001 in floating point.
  const rank = Math.max(1, Math.floor((9 * n + 9) / 10));
  return { median, p90: select(a, rank - 1) };
}
