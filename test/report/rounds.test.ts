import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { aggregateFiles } from '../../src/report/aggregate/aggregate.js';
import { finalize } from '../../src/report/rows/finalize.js';
import { progressLine } from '../../src/ui/progress-line.js';
import { coach } from '../cli/run-coach.js';
import { done, end, enter, findReportFiles, fixture, lines, logDir, skip, start } from './logs.js';

async function reportOf(files: Iterable<string> | AsyncIterable<string>, roundFiles?: number) {
  return finalize(await aggregateFiles(files, { filter: {}, threads: 1, roundFiles }), '/');
}

async function* slowly(files: readonly string[]): AsyncGenerator<string> {
  for (const file of files) {
    await new Promise((resolve) => setImmediate(resolve));
    yield file;
  }
}

describe('reading files in rounds while they are found', () => {
  it('gives the same report whatever the size of a round', async () => {
    const dir = fixture();
    const whole = await reportOf(findReportFiles([dir], dir));
    expect(whole.sessions.total).toBe(5);
    for (const size of [1, 2, 3, 4, 7]) {
      expect(await reportOf(findReportFiles([dir], dir), size)).toEqual(whole);
    }
  });

  it('reads files that arrive one at a time (patterns) like a folder walk', async () => {
    const dir = fixture();
    const files = findReportFiles([dir], dir);
    expect(await reportOf(slowly(files), 2)).toEqual(await reportOf(files));
  });

  it('reports progress as files are read, without knowing the total', async () => {
    const dir = fixture();
    const seen: number[] = [];
    await aggregateFiles(findReportFiles([dir], dir), {
      filter: {},
      threads: 1,
      roundFiles: 2,
      onProgress: (n) => seen.push(n),
    });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(6);
  });
});

describe('the files of a report', () => {
  it('takes each file once, however the paths overlap', async () => {
    const dir = fixture();
    const all = findReportFiles([dir], dir);
    expect(all).toHaveLength(6);
    const [first] = all as [string];
    const day = join(dir, '2026-11-23');
    const found = findReportFiles([first, dir, day, first, `${dir}/`], dir);
    expect(found.sort()).toEqual(all.sort());
  });

  it('reads a file named beside its folder when the walk would pass it over', async () => {
    const dir = fixture();
    const walked = findReportFiles([dir], dir);
    const odd = join(dir, '2026-11-23', 'notes.txt');
    const hidden = join(dir, '.hidden', 'x.jsonl');
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(odd, '');
    writeFileSync(hidden, '');
    const found = findReportFiles([dir, odd, hidden], dir);
    // Files that name no session come first; the reader will say they are no logs.
    expect(found).toEqual([odd, hidden, ...walked]);
  });

  it('walks folders and leaves out snapshots, hidden entries and other files', async () => {
    const dir = logDir([lines(start('B', 'ana', 'en'), end('completed', 1))], '2026-11-24');
    mkdirSync(join(dir, '2026-11-02'));
    writeFileSync(join(dir, '2026-11-02', 'a.jsonl'), lines(start('A', 'ana', 'en')));
    writeFileSync(join(dir, '2026-11-02', '.hidden.jsonl'), '');
    writeFileSync(join(dir, 'scripts', 'x.jsonl'), '');
    writeFileSync(join(dir, '2026-11-02', 'notes.txt'), '');
    const found = findReportFiles([], dir)
      .map((f) => f.slice(dir.length + 1))
      .sort();
    expect(found).toEqual(['2026-11-02/a.jsonl', expect.stringMatching(/^2026-11-24\/.*\.jsonl$/)]);
  });

  it('fails with a usage error, before reading anything, on a path that does not exist', () => {
    expect(() => findReportFiles(['/nonexistent/coach-logs'], '/tmp')).toThrow(
      expect.objectContaining({ exitCode: 2 }),
    );
  });
});

describe('coach report over many rounds on several threads', () => {
  it('counts every session once, with the same numbers on one thread and on three', async () => {
    const sessions = Array.from({ length: 4500 }, (_, i) =>
      lines(
        start(`S${i}`, `agent${i % 7}`, ['en', 'pt', 'pl', 'bn', 'cs'][i % 5] as string),
        enter('greet', 'greeting'),
        i % 4 === 0 ? skip('greet', 'greeting', `reason ${i % 3}`) : done('greet', 'greeting', i),
        end(i % 9 === 0 ? 'aborted' : 'completed', 10_000 + i, 'resolved'),
      ),
    );
    const dir = logDir(sessions);
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const one = await coach(['report', '--format', 'json', dir], {
      env: { COACH_REPORT_THREADS: '1' },
    });
    const three = await coach(['report', '--format', 'json', dir], {
      env: { COACH_REPORT_THREADS: '3' },
    });
    expect(three.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    const report = JSON.parse(three.stdout);
    expect(report.sessions.total).toBe(4500);
    expect(report.sessions.byStatus.aborted).toBe(500);
    expect(report.steps[0]).toMatchObject({ entered: 4500, done: 3375, skipped: 1125 });
  }, 30_000);
});

describe('coach report with a pattern', () => {
  it('reads the files a pattern matches as it finds them, like the folder', async () => {
    const dir = fixture();
    const folder = await coach(['report', '--format', 'json', dir]);
    const pattern = await coach(['report', '--format', 'json', `${dir}/2026-*/*.jsonl`]);
    expect(pattern.code).toBe(0);
    expect(pattern.stdout).toBe(folder.stdout);
    const none = await coach(['report', `${dir}/1999-*/*.jsonl`]);
    expect(none.code).toBe(2);
  });
});

describe('progress on a terminal', () => {
  it('shows how many files have been read and clears its line at the end', () => {
    const writes: string[] = [];
    const stream = { write: (s: string) => writes.push(s) } as unknown as Parameters<
      typeof progressLine
    >[0];
    const line = progressLine(stream);
    line.update(12_345);
    line.clear();
    expect(writes[0]).toBe('\rReading session logs: 12,345 files read\u001b[K');
    expect(writes[1]).toBe('\r\u001b[K');
  });
});
