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

/** Median (mean of the two middle values for an even count) and nearest-rank 90th percentile. */
export function medianAndP90(values: Float64Array): { median: number | null; p90: number | null } {
  const n = values.length;
  if (n === 0) return { median: null, p90: null };
  const sorted = values.slice().sort();
  const mid = n >> 1;
  const median = n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  // ceil(0.9·n) in integers: 0.9 * 70 is 63.00000000000001 in floating point.
  const rank = Math.max(1, Math.floor((9 * n + 9) / 10));
  return { median, p90: sorted[rank - 1] as number };
}
