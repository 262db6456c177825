import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Durations } from '../../src/report/stats/durations.js';
import {
  anyValues,
  bandValues,
  expectSame,
  isDense,
  naive,
  of,
  throughPlain,
} from './durations-support.js';

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
