import { describe, expect, it } from 'vitest';
import { aggregateFiles } from '../../src/report/aggregate/aggregate.js';
import { finalize } from '../../src/report/rows/finalize.js';
import { done, end, enter, findReportFiles, lines, logDir, start } from './logs.js';

async function reportOf(dir: string) {
  return finalize(
    await aggregateFiles(findReportFiles([dir], dir), { filter: {}, threads: 1 }),
    dir,
  );
}

describe('reading session files', () => {
  it('passes over lines over 1 MiB, unknown types, newer lines and lines after the end', async () => {
    const huge = JSON.stringify({
      t: '2026-11-23T10:00:01.000Z',
      type: 'note',
      step: 'greet',
      text: 'x'.repeat(1024 * 1024 + 10),
    });
    const dir = logDir([
      lines(
        start('A', 'ana', 'en'),
        enter('greet', 'greeting'),
        huge,
        JSON.stringify({ t: '2026-11-23T10:00:01.000Z', type: 'wave', step: 'greet' }),
        JSON.stringify({
          v: 2,
          t: '2026-11-23T10:00:01.000Z',
          type: 'done',
          step: 'greet',
          stage: 'greeting',
          ms: 1,
        }),
        done('greet', 'greeting', 2000),
        end('completed', 3000, 'resolved'),
        done('greet', 'greeting', 9999),
      ),
      lines(JSON.stringify({ v: 2, t: 'x', type: 'start', script: { id: 's', sha256: 'x' } })),
      '',
    ]);
    const r = await reportOf(dir);
    expect(r.skippedLines).toEqual({
      truncated: 0,
      corrupt: 0,
      hugeLines: 1,
      newerVersion: 1,
      unknownType: 1,
      afterEnd: 1,
      overLimit: 0,
    });
    expect(r.unreadableLines).toBe(1);
    expect(r.skippedFiles).toEqual({
      notSessionLog: 1,
      newerVersion: 1,
      unreadable: 0,
      duplicate: 0,
    });
    expect(r.steps[0]).toMatchObject({ step: 'greet', entered: 1, done: 1, medianMs: 2000 });
  });

  it('reads lines with escapes, spaces and non-ASCII text through JSON.parse', async () => {
    const dir = logDir([
      lines(
        start('B', 'শর্মিলা', 'bn'),
        '{ "t": "2026-11-23T10:00:01.000Z", "type": "enter", "step": "গ্রিট", "stage": "greeting" }',
        JSON.stringify({
          t: '2026-11-23T10:00:01.000Z',
          type: 'skip',
          step: 'গ্রিট',
          stage: 'greeting',
          reason: 'said "no"\n',
          ms: 5,
        }),
        end('completed', 10, 'resolved'),
      ),
    ]);
    const r = await reportOf(dir);
    expect(r.agents[0]?.agent).toBe('শর্মিলা');
    expect(r.steps[0]).toMatchObject({
      step: 'গ্রিট',
      entered: 1,
      skipped: 1,
      topReasons: [{ reason: 'said "no"\n', count: 1 }],
    });
  });

  it('gives the same report on several threads as on one', async () => {
    const sessions = Array.from({ length: 40 }, (_, i) =>
      lines(
        start(`S${i}`, `agent${i % 3}`, 'en'),
        enter('greet', 'greeting'),
        done('greet', 'greeting', 1000 + i),
        end('completed', 2000, 'resolved'),
      ),
    );
    const dir = logDir(sessions);
    const files = findReportFiles([dir], dir);
    const one = finalize(await aggregateFiles(files, { filter: {}, threads: 1 }), dir);
    expect(one.steps[0]).toMatchObject({ entered: 40, medianMs: 1019.5, p90Ms: 1035 });
  });
});

describe('damaged text', () => {
  it('keeps one row per agent even when the name holds a lone surrogate', async () => {
    const odd =
      '{"v":1,"t":"2026-11-23T10:00:00.000Z","type":"start","session":"X","script":{"id":"s","sha256":"x"},"locale":"en","agent":"a\\ud800b"}';
    const dir = logDir([
      lines(odd, end('completed', 1, 'resolved')),
      lines(odd, end('completed', 1, 'resolved')),
    ]);
    const r = await reportOf(dir);
    expect(r.agents).toHaveLength(1);
    expect(r.agents[0]?.sessions).toBe(2);
  });
});
