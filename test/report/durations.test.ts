import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Durations } from '../../src/report/durations.js';

/** The plain definition: sort everything, pick by position. */
function naive(values: readonly number[]): { median: number | null; p90: number | null } {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: null, p90: null };
  const at = (k: number) => sorted[k] as number;
  const median = n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  return { median, p90: at(Math.ceil((9 * n) / 10) - 1) };
}

function of(values: readonly number[]): Durations {
  const d = new Durations();
  for (const v of values) d.add(v);
  return d;
}

/** Crossing a thread: plain data, structured-cloned as postMessage would. */
function throughPlain(d: Durations): Durations {
  const { plain, transfer } = d.toPlain();
  return Durations.fromPlain(structuredClone(plain, { transfer }));
}

// Few distinct values (many duplicates), whole ms over a wide range, and any finite double.
const value = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  // -0 is counted as 0 (a separate test); sorting would keep it apart.
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => v + 0),
  // Both sides of the int32 range, and the infinities.
  fc.constantFrom(2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, Infinity, -Infinity),
);
// Around the pending buffer's sizes: 16, 256, 512 …
const sizes = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 240, max: 1100 }));
const values = sizes.chain((n) => fc.array(value, { minLength: n, maxLength: n }));

/**
 * Mostly whole ms in a band of 400 (enough of them and the histogram turns dense),
 * some near it on both sides (the dense range may grow over them), and anything
 * else: fractions, negatives, huge values, infinities.
 */
const bandValues = fc
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
const anyValues = fc.oneof(values, bandValues);

/** Whether the histogram counts some values densely (its plain form says). */
function isDense(d: Durations): boolean {
  return d.toPlain().plain.dense !== undefined;
}

function expectSame(d: Durations, all: readonly number[]): void {
  expect(d.count).toBe(all.length);
  expect(d.medianAndP90()).toEqual(naive(all));
  expect(d.distinct).toBe(new Set(all).size);
  for (const limit of [0, 1_000.5, 30_000, -Infinity]) {
    expect(d.countOver(limit)).toBe(all.filter((v) => v > limit).length);
  }
}

describe('Durations', () => {
  it('gives the median and p90 that sorting gives', () => {
    fc.assert(
      fc.property(values, (list) => {
        const d = of(list);
        expect(d.count).toBe(list.length);
        expect(d.medianAndP90()).toEqual(naive(list));
        expect(d.distinct).toBe(new Set(list).size);
      }),
    );
  });

  it('stays exact with few distinct values among very many', () => {
    // Counts past 255 and past 65535: wider count arrays.
    for (const distinct of [1013, 101, 3]) {
      const list = Array.from({ length: 200_003 }, (_, i) => (i * 7919) % distinct);
      const d = of(list);
      expect(d.medianAndP90()).toEqual(naive(list));
      expect(d.distinct).toBe(distinct);
      expect(d.countOver(0)).toBe(list.filter((v) => v > 0).length);
    }
  });

  it('keeps counts past 2^32 exact', () => {
    const d = of([1, 2, 2]);
    for (let i = 0; i < 35; i++) d.merge(d);
    expect(d.count).toBe(3 * 2 ** 35);
    expect(d.countOver(1)).toBe(2 ** 36);
    expect(d.medianAndP90()).toEqual({ median: 2, p90: 2 });
    const plain = throughPlain(d);
    plain.add(1);
    plain.mergePlain({ keys: new Int32Array([0]), counts: new Float64Array([2 ** 36]) });
    expect(plain.count).toBe(2 ** 35 + 2 ** 37 + 1);
    expect(plain.medianAndP90()).toEqual({ median: 1, p90: 2 });
  });

  it('stays exact past the largest pending buffer', () => {
    // 300k values, about 150k of them distinct, in a scrambled order.
    const list = Array.from(
      { length: 300_000 },
      (_, i) => ((i * 2_654_435_761) % 2 ** 32) % 150_001,
    );
    const d = of(list);
    expect(d.medianAndP90()).toEqual(naive(list));
    expect(d.countOver(75_000)).toBe(list.filter((v) => v > 75_000).length);
  });

  it('stays exact when queried between additions', () => {
    fc.assert(
      fc.property(fc.array(values, { maxLength: 5 }), (chunks) => {
        const d = new Durations();
        const all: number[] = [];
        for (const chunk of chunks) {
          for (const v of chunk) d.add(v);
          all.push(...chunk);
          expect(d.medianAndP90()).toEqual(naive(all));
        }
      }),
    );
  });

  it('merges, directly or through plain data, as if every value went to one', () => {
    fc.assert(
      fc.property(fc.array(values, { minLength: 1, maxLength: 6 }), (lists) => {
        const all = lists.flat();
        const direct = new Durations();
        const plain = new Durations();
        for (const list of lists) {
          direct.merge(of(list));
          plain.mergePlain(throughPlain(of(list)).toPlain().plain);
        }
        for (const d of [direct, plain, throughPlain(direct)]) {
          expect(d.count).toBe(all.length);
          expect(d.medianAndP90()).toEqual(naive(all));
          expect(d.distinct).toBe(new Set(all).size);
        }
      }),
    );
  });

  it('keeps taking values after a merge, with the others still pending', () => {
    fc.assert(
      fc.property(values, values, values, (a, b, c) => {
        const d = of(a);
        d.mergePlain(of(b).toPlain().plain);
        for (const v of c) d.add(v);
        d.merge(d);
        expect(d.medianAndP90()).toEqual(naive([...a, ...b, ...c, ...a, ...b, ...c]));
      }),
    );
  });

  it('counts the values strictly over a limit', () => {
    fc.assert(
      fc.property(values, value, (list, limit) => {
        expect(of(list).countOver(limit)).toBe(list.filter((v) => v > limit).length);
      }),
    );
    expect(of([5, 5, 6]).countOver(5)).toBe(1);
    expect(of([5, 5, 6]).countOver(4.5)).toBe(3);
  });

  it('counts -0 and 0 as one value, and leaves NaN out', () => {
    const d = of([-0, 0, Number.NaN, -0]);
    expect([d.count, d.distinct]).toEqual([3, 1]);
    expect(d.medianAndP90()).toEqual({ median: 0, p90: 0 });
  });

  it('is empty until something is added', () => {
    const d = new Durations();
    expect(d.count).toBe(0);
    expect(d.countOver(-Infinity)).toBe(0);
    expect(d.medianAndP90()).toEqual({ median: null, p90: null });
    const { plain } = d.toPlain();
    expect([plain.keys.length, plain.counts.length]).toEqual([0, 0]);
    d.merge(new Durations());
    d.mergePlain(plain);
    expect(d.medianAndP90()).toEqual({ median: null, p90: null });
  });
});

describe('Durations, dense', () => {
  it('counts a narrow band densely, outliers and fractions beside it, exactly', () => {
    let dense = 0;
    fc.assert(
      fc.property(bandValues, (list) => {
        const d = of(list);
        expectSame(d, list);
        if (isDense(d)) dense++;
        expectSame(throughPlain(d), list);
      }),
    );
    // The property is worth something only if it reached the dense form often.
    expect(dense).toBeGreaterThan(30);
  });

  it('stays exact when queried between additions', () => {
    fc.assert(
      fc.property(fc.array(anyValues, { maxLength: 4 }), (chunks) => {
        const d = new Durations();
        const all: number[] = [];
        for (const chunk of chunks) {
          for (const v of chunk) d.add(v);
          all.push(...chunk);
          expect(d.medianAndP90()).toEqual(naive(all));
          expect(d.count).toBe(all.length);
        }
      }),
    );
  });

  it('merges dense and sparse histograms both ways, directly or through plain data', () => {
    fc.assert(
      fc.property(fc.array(anyValues, { minLength: 1, maxLength: 5 }), (lists) => {
        const all = lists.flat();
        const direct = new Durations();
        const plain = new Durations();
        let backwards = new Durations();
        let backwardsPlain = new Durations();
        for (const list of lists) {
          direct.merge(of(list));
          plain.mergePlain(throughPlain(of(list)).toPlain().plain);
          // The other way round: each list's histogram takes in what came before.
          const d = of(list);
          d.merge(backwards);
          backwards = d;
          const e = throughPlain(of(list));
          e.mergePlain(backwardsPlain.toPlain().plain);
          e.mergePlain(new Durations().toPlain().plain);
          backwardsPlain = e;
        }
        for (const d of [direct, plain, backwards, backwardsPlain, throughPlain(direct)]) {
          expectSame(d, all);
        }
      }),
    );
  });

  it('merges a dense histogram with itself, and keeps taking values', () => {
    fc.assert(
      fc.property(bandValues, anyValues, (a, b) => {
        const d = of(a);
        d.mergePlain(of(b).toPlain().plain);
        d.merge(d);
        for (const v of b) d.add(v);
        expect(d.medianAndP90()).toEqual(naive([...a, ...b, ...a, ...b, ...b]));
      }),
    );
  });

  it('holds a million values in 0..60,000 in about a byte per millisecond, however many more come', () => {
    // A scrambled order, every millisecond seen about 16 times.
    const at = (i: number) => (i * 7_919) % 60_001;
    const d = new Durations();
    for (let i = 0; i < 1_000_000; i++) d.add(at(i));
    expect(isDense(d)).toBe(true);
    // Distinct values in a sorted run would take 5 bytes each: 300,005 bytes.
    expect(d.bytes).toBeLessThan(60_001 + 16_384);
    const bytes = d.bytes;
    for (let i = 0; i < 1_000_000; i++) d.add(at(i));
    expect(d.bytes).toBe(bytes);
    expect(d.count).toBe(2_000_000);
    let over = 0;
    for (let i = 0; i < 1_000_000; i++) if (at(i) > 30_000) over += 2;
    expect(d.countOver(30_000)).toBe(over);
    const all = Array.from({ length: 2_000_000 }, (_, i) => at(i >> 1));
    expect(d.medianAndP90()).toEqual(naive(all));
  });

  it('grows its range over values that become dense beyond it, taking in the outliers', () => {
    const d = new Durations();
    const all: number[] = [];
    for (let i = 0; i < 4_000; i++) all.push(i % 1_000);
    for (let i = 0; i < 40_000; i++) all.push(1_000 + Math.floor(i / 2));
    for (const v of all) d.add(v);
    expect(d.medianAndP90()).toEqual(naive(all));
    const { plain } = d.toPlain();
    // Everything is whole and in one range: nothing is left beside it.
    expect(plain.keys.length).toBe(0);
    expect(plain.dense?.lo).toBe(0);
    expect(plain.dense?.counts.length).toBeGreaterThanOrEqual(21_000);
    expect(d.bytes).toBeLessThan(2 * 21_000 + 16_384);
  });

  it('keeps dense counts past 255, 65,535 and 2^32 exact', () => {
    const list = Array.from({ length: 200_000 }, (_, i) => (i * 7_919) % 300);
    const d = of(list);
    expect(isDense(d)).toBe(true);
    expect(d.medianAndP90()).toEqual(naive(list));
    for (let i = 0; i < 15; i++) d.merge(d);
    expect(d.count).toBe(200_000 * 2 ** 15);
    expect(d.medianAndP90()).toEqual(naive(list));
    const plain = throughPlain(d);
    plain.add(0);
    plain.mergePlain({
      keys: new Int32Array(0),
      counts: new Uint8Array(0),
      dense: { lo: 0, counts: new Float64Array([2 ** 40]) },
    });
    expect(plain.count).toBe(200_000 * 2 ** 15 + 1 + 2 ** 40);
    expect(plain.countOver(0)).toBe(d.countOver(0));
    expect(plain.medianAndP90()).toEqual({ median: 0, p90: 0 });
  });

  it('counts -0 as 0 and leaves NaN out in the dense range too', () => {
    const list = Array.from({ length: 2_000 }, (_, i) => (i % 400) - 200);
    const d = of(list);
    expect(isDense(d)).toBe(true);
    for (const v of [-0, Number.NaN, -0]) d.add(v);
    expect(d.count).toBe(2_002);
    expect(d.distinct).toBe(400);
    expect(d.medianAndP90()).toEqual(naive([...list, 0, 0]));
  });
});
