/**
 * `coach sync`'s checkpoints, on a real server through the built CLI: a file
 * unchanged since its checkpoint is not read, a grown one sends its new lines
 * only, a line still being written is never sent half nor twice, and a file
 * rewritten under its checkpoint is reported and left as it was copied.
 */
import { appendFileSync, chmodSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coach, lines, type Run } from '../cli/run-coach.js';
import { freshDatabase } from '../support/pg.js';
import {
  call,
  english,
  logFolder,
  numberIn,
  PASSWORD,
  query,
  rows,
  text,
  withPassword,
} from './cli.js';

const DAY = Date.parse('2026-11-20T09:00:00Z');

/** A log folder with one file per call, each holding the first `count` lines of it. */
function folder(count: number, calls = 1) {
  const made = Array.from({ length: calls }, (_, i) => call(DAY + i * 60_000));
  const root = logFolder((made[0] as { day: string }).day);
  const files = made.map((c) => {
    const path = join(root, c.day, `${c.id}.jsonl`);
    writeFileSync(path, text(c.lines.slice(0, count)));
    return { ...c, path };
  });
  return { root, files };
}

async function sync(url: string, root: string): Promise<Run> {
  const run = await coach(['sync', root, '--db', url]);
  expect(run.stdout + run.stderr).not.toContain(PASSWORD);
  return run;
}

/** The new lines and the unchanged files a successful pass told on stdout. */
function told(run: Run) {
  expect(run.code, run.stderr).toBe(0);
  return {
    lines: numberIn(run.stdout, 'sync.lines', 'count'),
    unchanged: numberIn(run.stdout, 'sync.unchanged', 'count'),
  };
}

const bodies = (url: string, session: string) =>
  query<{ line_no: number; body: string }>(
    url,
    'SELECT line_no, body FROM coach.lines WHERE session_id = $1 ORDER BY line_no',
    [session],
  );

const checkpoints = (url: string) =>
  query(
    url,
    'SELECT path, size, mtime_ms, synced_bytes, lines, head_sha FROM coach.files ORDER BY path',
  );

describe('coach sync, file by file', () => {
  it('a rerun with nothing new reads no file: a file of the same size and time is not opened', async () => {
    const url = withPassword(await freshDatabase());
    const { root, files } = folder(12, 2);
    const [a] = files as [(typeof files)[0]];
    // Whole seconds: the time set back below is then exactly the one the checkpoint holds.
    const time = Math.floor(Date.now() / 1000) - 60;
    for (const f of files) utimesSync(f.path, time, time);
    expect(told(await sync(url, root))).toEqual({ lines: 24, unchanged: 0 });
    // Bytes that would be told as rewritten if they were read; size and time as before.
    const size = statSync(a.path).size;
    writeFileSync(a.path, 'x'.repeat(size));
    utimesSync(a.path, time, time);
    chmodSync(a.path, 0o000);
    const rerun = await sync(url, root);
    expect(told(rerun)).toEqual({ lines: 0, unchanged: 2 });
    expect(rerun.stderr).toBe('');
    expect(await rows(url, 'lines')).toBe(24);
  });

  it('a grown file sends its new lines only', async () => {
    const url = withPassword(await freshDatabase());
    const { root, files } = folder(8);
    const [a] = files as [(typeof files)[0]];
    expect(told(await sync(url, root)).lines).toBe(8);
    appendFileSync(a.path, text(a.lines.slice(8, 13)));
    expect(told(await sync(url, root))).toEqual({ lines: 5, unchanged: 0 });
    expect(await bodies(url, a.id)).toEqual(
      a.lines.slice(0, 13).map((body, i) => ({ line_no: i + 1, body })),
    );
  });

  it('a last line cut off mid-write is not sent, is counted as cut off, and is sent once whole', async () => {
    const url = withPassword(await freshDatabase());
    const { root, files } = folder(10);
    const [a] = files as [(typeof files)[0]];
    const line = a.lines[10] as string;
    appendFileSync(a.path, line.slice(0, 20));
    const cut = await sync(url, root);
    expect(told(cut).lines).toBe(10);
    expect(numberIn(cut.stderr, 'reader.reasons.truncated', 'count')).toBe(1);
    expect(await rows(url, 'lines')).toBe(10);
    appendFileSync(a.path, `${line.slice(20)}\n`);
    const whole = await sync(url, root);
    expect(told(whole).lines).toBe(1);
    expect(whole.stderr).toBe('');
    expect((await bodies(url, a.id)).at(-1)).toEqual({ line_no: 11, body: line });
  });

  it('a whole JSON last line without its line break is sent once, not again when the break comes', async () => {
    const url = withPassword(await freshDatabase());
    const { root, files } = folder(10);
    const [a] = files as [(typeof files)[0]];
    const line = a.lines[10] as string;
    appendFileSync(a.path, line);
    const first = await sync(url, root);
    expect(told(first).lines).toBe(11);
    expect(first.stderr).toBe('');
    expect(await bodies(url, a.id)).toHaveLength(11);
    appendFileSync(a.path, '\n');
    const second = await sync(url, root);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    expect(await bodies(url, a.id)).toEqual(
      a.lines.slice(0, 11).map((body, i) => ({ line_no: i + 1, body })),
    );
    // The checkpoint is at the line break now: the next line is line 12.
    appendFileSync(a.path, text(a.lines.slice(11, 12)));
    expect(told(await sync(url, root)).lines).toBe(1);
    expect(await bodies(url, a.id)).toHaveLength(12);
  });

  it('a file that shrank and one whose beginning was rewritten are named, kept as copied, exit 1', async () => {
    const url = withPassword(await freshDatabase());
    const { root, files } = folder(10, 3);
    const [shrunk, rewritten, grown] = files as [
      (typeof files)[0],
      (typeof files)[0],
      (typeof files)[0],
    ];
    expect(told(await sync(url, root)).lines).toBe(30);
    const before = {
      shrunk: await bodies(url, shrunk.id),
      rewritten: await bodies(url, rewritten.id),
      checkpoints: (await checkpoints(url)).filter((c) => c.path !== grown.path),
    };
    writeFileSync(shrunk.path, text(shrunk.lines.slice(0, 6)));
    const start = (rewritten.lines[0] as string).replace('"agent":"Ana"', '"agent":"Eva"');
    expect(start).not.toBe(rewritten.lines[0]);
    writeFileSync(rewritten.path, text([start, ...rewritten.lines.slice(1, 12)]));
    appendFileSync(grown.path, text(grown.lines.slice(10, 12)));

    for (let pass = 0; pass < 2; pass++) {
      const run = await sync(url, root);
      expect(run.code).toBe(1);
      // The other files are sent all the same.
      expect(numberIn(run.stdout, 'sync.lines', 'count')).toBe(pass === 0 ? 2 : 0);
      const err = lines(run.stderr);
      expect(err.filter((l) => l.includes(shrunk.path))).toHaveLength(1);
      expect(err.filter((l) => l.includes(rewritten.path))).toHaveLength(1);
      expect(err.find((l) => l.includes(shrunk.path))).toContain(english('sync.changes.shrank'));
      expect(err.find((l) => l.includes(rewritten.path))).toContain(
        english('sync.changes.changed'),
      );
      expect(numberIn(run.stderr, 'sync.errors.changed', 'count')).toBe(2);
      expect(await bodies(url, shrunk.id)).toEqual(before.shrunk);
      expect(await bodies(url, rewritten.id)).toEqual(before.rewritten);
      expect((await checkpoints(url)).filter((c) => c.path !== grown.path)).toEqual(
        before.checkpoints,
      );
      expect(await bodies(url, grown.id)).toHaveLength(12);
    }
  });
});
