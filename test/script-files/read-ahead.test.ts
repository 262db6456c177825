import { describe, expect, it } from 'vitest';
import { readAhead } from '../../src/script-files/read-ahead.js';

describe('readAhead', () => {
  it('yields every item in order however the loads finish', async () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const delay = (i: number) =>
      new Promise<number>((r) => setTimeout(() => r(i * 2), (i * 7) % 5));
    const seen: Array<[number, number]> = [];
    for await (const { item, value } of readAhead(items, delay, 4)) seen.push([item, value]);
    expect(seen).toEqual(items.map((i) => [i, i * 2]));
  });

  it('never has more than the window in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const load = async (i: number) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return i;
    };
    for await (const _ of readAhead(
      Array.from({ length: 30 }, (_, i) => i),
      load,
      3,
    )) {
      // consume
    }
    expect(most).toBe(3);
  });

  it('yields nothing for no items', async () => {
    const out = [];
    for await (const x of readAhead([], async () => 1)) out.push(x);
    expect(out).toEqual([]);
  });
});
