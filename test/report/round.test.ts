import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RoundReader, RoundWriter } from '../../src/report/aggregate/round.js';
import { roundFiller } from '../../src/report/aggregate/round-filler.js';

/** Every round a filler gives, read back as the threads read it. */
async function readBack(
  paths: readonly string[],
  files: number,
  bytes: number,
  async = false,
): Promise<{ rounds: string[][]; full: boolean[] }> {
  async function* slowly() {
    for (const p of paths) yield p;
  }
  const next = roundFiller(async ? slowly() : paths, new RoundWriter(files, bytes));
  const rounds: string[][] = [];
  const full: boolean[] = [];
  for (let filled = await next(); filled !== undefined; filled = await next()) {
    const reader = new RoundReader(filled.round);
    const round: string[] = [];
    for (let i = reader.take(1); i < reader.count; i = reader.take(1)) round.push(reader.path(i));
    rounds.push(round);
    full.push(filled.full);
  }
  return { rounds, full };
}

describe('rounds of paths in shared memory', () => {
  it('gives back every path, in order, whatever its characters and length', async () => {
    const path = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(path, { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 64 }),
        fc.boolean(),
        async (paths, files, bytes, async) => {
          const { rounds, full } = await readBack(paths, files, bytes, async);
          expect(rounds.flat()).toEqual(paths);
          for (const r of rounds) expect(r.length).toBeLessThanOrEqual(files);
          // Only the last round may end because the paths did.
          expect(full.slice(0, -1).every(Boolean)).toBe(true);
          if (full.length > 0) expect(full.at(-1)).toBe(false);
        },
      ),
    );
  });

  it('ends a round when its buffer is full, and grows it for one long path', async () => {
    const bengali = '/লগ/২০২৬-১১-২৩/সেশন.jsonl';
    const long = `/${'x'.repeat(500)}.jsonl`;
    const { rounds } = await readBack([bengali, bengali, long, 'a.jsonl'], 10, 64);
    expect(rounds).toEqual([[bengali], [bengali], [long], ['a.jsonl']]);
  });

  it('counts what the threads have taken', async () => {
    const next = roundFiller(['a', 'b', 'c'], new RoundWriter(8, 64));
    const filled = await next();
    const reader = new RoundReader(filled?.round as NonNullable<typeof filled>['round']);
    expect(reader.taken()).toBe(0);
    reader.take(2);
    expect(reader.taken()).toBe(2);
    reader.take(2);
    expect(reader.taken()).toBe(3);
    expect(await next()).toBeUndefined();
  });
});
