/**
 * The typed arrays of a duration histogram, as narrow as their contents allow:
 * keys are int32 while every value is a whole number in its range (durations in
 * ms are), float64 otherwise; counts are uint8, uint16, uint32 or float64, the
 * narrowest that holds the largest count. A histogram where most values are
 * distinct then costs 5 bytes a value, less than the 8 of the values themselves,
 * and widening only ever happens a few times in a histogram's life.
 */

export type KeyArray<B extends ArrayBufferLike = ArrayBufferLike> = Int32Array<B> | Float64Array<B>;
export type CountArray<B extends ArrayBufferLike = ArrayBufferLike> =
  | Uint8Array<B>
  | Uint16Array<B>
  | Uint32Array<B>
  | Float64Array<B>;

/** Whether `value` fits an int32 key (-0 does, as 0). */
export function isInt32(value: number): boolean {
  return (value | 0) === value;
}

/** The largest count a counts array holds exactly. */
export function countLimit(counts: CountArray): number {
  return counts instanceof Float64Array
    ? Number.MAX_SAFE_INTEGER
    : 2 ** (8 * counts.BYTES_PER_ELEMENT) - 1;
}

/** Empty keys of `capacity`: int32 unless a key needs float64. */
export function newKeys(capacity: number, wide: boolean): KeyArray {
  return wide ? new Float64Array(capacity) : new Int32Array(capacity);
}

/** Empty counts of `capacity`, narrowest that holds `largest`. */
export function newCounts(capacity: number, largest: number): CountArray {
  if (largest <= 0xff) return new Uint8Array(capacity);
  if (largest <= 0xffff) return new Uint16Array(capacity);
  if (largest <= 0xffffffff) return new Uint32Array(capacity);
  return new Float64Array(capacity);
}
