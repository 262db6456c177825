/**
 * When whole-millisecond values are counted in a dense array (dense-counts.ts)
 * rather than kept as distinct keys in a sorted run, and over which range.
 *
 * The rule is memory: an array costs its slot width for every millisecond of
 * its range, seen or not; a run costs key + count bytes per distinct value and,
 * as its arrays double, up to as much again in spare room. A range is dense
 * enough when
 *     slots × slot bytes ≤ 2 × values in it × run bytes per value,
 * i.e. when the array is no bigger than the run's arrays once they grow; with
 * int32 keys, uint8 counts and uint8 slots, when a tenth of the range's
 * milliseconds have been seen. The run is asked just before its arrays would
 * grow, so it gives way to the array instead of growing past it.
 *
 * The same rule decides whether a dense range grows to take in values outside
 * it, judged on the added part alone (the existing part paying for none of it),
 * so a lone far value never stretches the array; and a range grows at least by
 * its own span, so that copying it into a bigger array is paid for over time.
 */
import { isInt32 } from './histogram-arrays.js';
import type { SortedRun } from './sorted-run.js';

const DENSITY = 2;
/** Fewer distinct values than this cost little either way and stay a run. */
export const MIN_DENSE_VALUES = 128;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

export interface Range {
  lo: number;
  hi: number;
}

function denseEnough(slots: number, values: number, slotBytes: number, runBytes: number): boolean {
  return slots * slotBytes <= DENSITY * values * runBytes;
}

function runBytes(run: SortedRun): number {
  return run.keys.BYTES_PER_ELEMENT + run.counts.BYTES_PER_ELEMENT;
}

/** The run's int32 keys, ascending: the keys array itself when all are. */
function int32Keys(run: SortedRun): Int32Array {
  const { keys, size } = run;
  if (keys instanceof Int32Array) return keys.subarray(0, size);
  let n = 0;
  for (let i = 0; i < size; i++) if (isInt32(keys[i] as number)) n++;
  const ints = new Int32Array(n);
  for (let i = 0, w = 0; i < size; i++)
    if (isInt32(keys[i] as number)) ints[w++] = keys[i] as number;
  return ints;
}

/**
 * The range over which to count the run's int32 keys densely, or null: the
 * whole span of them, less its sparsest ends (dropped one key at a time from
 * the end that leaves the larger gap, a quarter of the keys at most: outliers
 * are few, and a run that is sparse throughout is given up on quickly).
 */
export function denseWindow(run: SortedRun, slotBytes: number): Range | null {
  const keys = int32Keys(run);
  const bytes = runBytes(run);
  let i = 0;
  let j = keys.length - 1;
  const least = Math.max(MIN_DENSE_VALUES, keys.length - (keys.length >> 2));
  for (let whole = keys.length; whole >= least; whole--) {
    const lo = keys[i] as number;
    const hi = keys[j] as number;
    if (denseEnough(hi - lo + 1, whole, slotBytes, bytes)) return { lo, hi };
    if ((keys[i + 1] as number) - lo >= hi - (keys[j - 1] as number)) i++;
    else j--;
  }
  return null;
}

/**
 * The range a dense array over [lo, hi] should grow to, to take in the run's
 * whole values beyond it: on each side, as far out as the added part stays
 * dense enough, and then at least twice as wide; [lo, hi] itself when no side
 * qualifies.
 */
export function grownRange(lo: number, hi: number, slotBytes: number, run: SortedRun): Range {
  const { keys, size } = run;
  const bytes = runBytes(run);
  const span = hi - lo + 1;
  let first = 0;
  while (first < size && (keys[first] as number) < lo) first++;
  let newLo = lo;
  let seen = 0;
  for (let r = first - 1; r >= 0; r--) {
    const key = keys[r] as number;
    if (key < INT32_MIN) break;
    if (!Number.isInteger(key)) continue;
    seen++;
    const to = Math.max(INT32_MIN, Math.min(key, lo - span));
    if (to < newLo && denseEnough(lo - to, seen, slotBytes, bytes)) newLo = to;
  }
  let last = size - 1;
  while (last >= 0 && (keys[last] as number) > hi) last--;
  let newHi = hi;
  seen = 0;
  for (let r = last + 1; r < size; r++) {
    const key = keys[r] as number;
    if (key > INT32_MAX) break;
    if (!Number.isInteger(key)) continue;
    seen++;
    const to = Math.min(INT32_MAX, Math.max(key, hi + span));
    if (to > newHi && denseEnough(to - hi, seen, slotBytes, bytes)) newHi = to;
  }
  return { lo: newLo, hi: newHi };
}
