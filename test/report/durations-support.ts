/** Shared by the duration histogram tests: a plain reference and the inputs to try. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { Durations } from '../../src/report/stats/durations.js';

/** The plain definition: sort everything, pick by position. */
export function naive(values: readonly number[]): { median: number | null; p90: number | null } {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: null, p90: null };
  const at = (k: number) => sorted[k] as number;
  const median = n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  return { median, p90: at(Math.ceil((9 * n) / 10) - 1) };
}

export function of(values: readonly number[]): Durations {
  const d = new Durations();
  for (const v of values) d.add(v);
  return d;
}

/** Crossing a thread: plain data, structured-cloned as postMessage would. */
export function throughPlain(d: Durations): Durations {
  const { plain, transfer } = d.toPlain();
  return Durations.fromPlain(structuredClone(plain, { transfer }));
}

// Few distinct values (many duplicates), whole ms over a wide range, and any finite double.
export const value = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  // -0 is counted as 0 (a separate test); sorting would keep it apart.
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => v + 0),
  // Both sides of the int32 range, and the infinities.
  fc.constantFrom(2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, Infinity, -Infinity),
);
// Around the pending buffer's sizes: 16, 256, 512 …
export const sizes = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 240, max: 1100 }));
export const values = sizes.chain((n) => fc.array(value, { minLength: n, maxLength: n }));

/**
 * Mostly whole ms in a band of 400 (enough of them and the histogram turns dense),
 * some near it on both sides (the dense range may grow over them), and anything
 * else: fractions, negatives, huge values, infinities.
 */
export const bandValues = fc
  .tuple(fc.integer({ min: -2_000, max: 70_000 }), fc.integer({ min: 0, max: 3_000 }))
  .chain(([lo, n]) => {
    const one = fc.oneof(
      { weight: 12, arbitrary: fc.integer({ min: lo, max: lo + 400 }) },
      { weight: 2, arbitrary: fc.integer({ min: lo - 3_000, max: lo + 3_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: lo, max: lo + 400 }).map((v) => v + 0.5) },
      { weight: 1, arbitrary: value },
    );
    return fc.array(one, { minLength: n, maxLength: n });
  });
export const anyValues = fc.oneof(values, bandValues);

/** Whether the histogram counts some values densely (its plain form says). */
export function isDense(d: Durations): boolean {
  return d.toPlain().plain.dense !== undefined;
}

export function expectSame(d: Durations, all: readonly number[]): void {
  expect(d.count).toBe(all.length);
  expect(d.medianAndP90()).toEqual(naive(all));
  expect(d.distinct).toBe(new Set(all).size);
  for (const limit of [0, 1_000.5, 30_000, -Infinity]) {
    expect(d.countOver(limit)).toBe(all.filter((v) => v > limit).length);
  }
}
