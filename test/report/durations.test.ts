import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Durations } from '../../src/report/stats/durations.js';
import { naive, of, throughPlain, value, values } from './durations-support.js';

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
