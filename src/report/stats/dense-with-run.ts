/**
 * A dense array and the sorted run of what it cannot hold (values outside its
 * range, fractions), read and filled as one histogram. They never share a
 * value: the run holds no whole number inside the array's range.
 */
import type { DenseCounts } from './dense-counts.js';
import { countLimit, newCounts, newKeys } from './histogram-arrays.js';
import type { SortedRun } from './sorted-run.js';

/**
 * The values at 0-based positions `ks` (ascending, each below their count) of
 * the sorted values of both, in one walk.
 */
export function valuesAt(dense: DenseCounts, run: SortedRun, ks: readonly number[]): number[] {
  const { lo, counts } = dense;
  const { keys, size } = run;
  const runCounts = run.counts;
  const found: number[] = [];
  let seen = 0;
  let i = 0;
  let r = 0;
  // One loop, ending the function (see dense-counts.ts: code after a loop compiled
  // while it runs would be thrown away on every exit).
  while (found.length < ks.length) {
    while (i < counts.length && counts[i] === 0) i++;
    let v: number;
    if (r < size && (i === counts.length || (keys[r] as number) < lo + i)) {
      v = keys[r] as number;
      seen += runCounts[r++] as number;
    } else if (i < counts.length) {
      v = lo + i;
      seen += counts[i++] as number;
    } else break;
    while (found.length < ks.length && seen > (ks[found.length] as number)) found.push(v);
  }
  return found;
}

/**
 * Adds the values of `from` to the dense array where it can hold them, and to
 * the run `into` otherwise.
 */
export function addRun(dense: DenseCounts, into: SortedRun, from: SortedRun): void {
  const { lo, hi } = dense;
  const { keys, counts, size } = from;
  dense.addWholeIn(keys, counts, size);
  const outKeys = newKeys(size, keys instanceof Float64Array);
  const outCounts = newCounts(size, countLimit(counts));
  let w = 0;
  for (let i = 0; i < size; i++) {
    const key = keys[i] as number;
    if (key >= lo && key <= hi && Number.isInteger(key)) continue;
    outKeys[w] = key;
    outCounts[w++] = counts[i] as number;
  }
  into.merge(outKeys, outCounts, w);
}
