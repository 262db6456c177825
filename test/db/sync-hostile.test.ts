/**
 * `coach sync` over a log folder someone tampered with, holding everything the
 * readers tolerate: FIFOs and links where files should be, a folder named
 * `.jsonl`, an empty file, one of a newer coach, lines damaged, huge, of an
 * unknown kind or a newer version, after the end, cut off, not UTF-8 or holding
 * a NUL, a snapshot that is a FIFO. Sync never hangs, tells the skipped lines
 * as `coach sessions` does, exits 0, and the database reads as the folder does;
 * a line that is no text is kept as its bytes and replays as over the file.
 * Then files rewritten after they were copied: named, exit 1, nothing resent.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { done, end, enter, logDir, skip, start } from '../report/logs.js';
import { freshDatabase } from '../support/pg.js';
import { messagePattern } from './cli.js';
import {
  databaseLines,
  differences,
  expectedLines,
  expectSameReadings,
  runCoach,
  withClient,
} from './team.js';

const DAY = '2026-11-23';
/** Session ids as coach makes them; the files are named after them. */
const id = (n: number) => `01M84D4AV3C5JCZV4W59XH${String(n).padStart(4, '0')}`;
const T = '2026-11-23T10:00:05.000Z';
const note = (text: string) => JSON.stringify({ t: T, type: 'note', step: 'greet', text });
const bytes = (...parts: (string | Buffer)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
const log = (...lines: string[]) => lines.map((l) => `${l}\n`).join('');
const OTHER_SHA = 'ab'.repeat(32);
/** Every hang is a failure: no sync of this folder takes anywhere near this. */
const PATIENCE = { timeoutMs: 30_000 };

let dir: string;
let day: string;
const file = (n: number) => join(day, `${id(n)}.jsonl`);

beforeAll(() => {
  dir = logDir([]);
  day = join(dir, DAY);
  const greet = [enter('greet', 'greeting'), done('greet', 'greeting', 4000)];
  // Damaged lines of every kind the reader skips, and lines after the end.
  writeFileSync(
    file(1),
    log(
      start(id(1), 'ana', 'en'),
      ...greet,
      '{"broken',
      '',
      JSON.stringify({ t: T, type: 'wave' }),
      JSON.stringify({ v: 9, t: T, type: 'enter', step: 'name', stage: 'rapport' }),
      note('x'.repeat(1_100_000)),
      skip('name', 'rapport', 'hurry'),
      end('completed', 30_000, 'resolved', ['name']),
      done('name', 'rapport', 1),
    ),
  );
  // Lines that are no UTF-8 text, and one holding a NUL: kept as bytes.
  writeFileSync(
    file(2),
    bytes(
      log(start(id(2), 'bruno', 'pt'), enter('greet', 'greeting')),
      note('caf'),
      Buffer.from([0xe9, 0xff]),
      '"}\n',
      note('a'),
      Buffer.from([0]),
      'b"}\n',
      log(done('greet', 'greeting', 2000), end('aborted', 9000)),
    ),
  );
  // A last line cut off; a last line whole but without its line break.
  writeFileSync(file(3), `${log(start(id(3), 'ana', 'en'), ...greet)}{"t":"${T}","type":"en`);
  writeFileSync(file(4), `${log(start(id(4), 'ana', 'en'), ...greet)}${end('completed', 9000)}`);
  // No logs: empty, of a newer coach, not beginning with a start line.
  writeFileSync(file(5), '');
  writeFileSync(file(6), log(JSON.stringify({ v: 99, type: 'start', session: id(6) }), ...greet));
  writeFileSync(file(7), log(...greet));
  // Not files: a FIFO, a folder, links to a session, to a device, and to / beside the days.
  execFileSync('mkfifo', [file(8)]);
  mkdirSync(file(9));
  symlinkSync(file(1), file(10));
  symlinkSync('/dev/zero', file(11));
  symlinkSync('/', join(dir, 'everything'));
  // A session whose snapshot is a FIFO.
  writeFileSync(file(12), log(start(id(12), 'ana', 'en', OTHER_SHA), ...greet));
  execFileSync('mkfifo', [join(dir, 'scripts', `${OTHER_SHA}.yaml`)]);
  // Plain sessions, to be rewritten once copied.
  for (const n of [13, 14, 15]) {
    writeFileSync(file(n), log(start(id(n), 'ana', 'en'), ...greet, end('completed', 9000)));
  }
});

describe('coach sync over a tampered log folder', () => {
  let url: string;

  it('ends well, tells the skipped lines as coach sessions does, and reads back as the folder', async () => {
    url = await freshDatabase();
    const sync = await runCoach(['sync', '--db', url, dir], PATIENCE);
    expect(sync.code, sync.stderr).toBe(0);
    const sessions = await runCoach(['sessions', '--json', dir], PATIENCE);
    expect(sessions.code, sessions.stderr).toBe(0);
    expect(sync.stderr).toBe(sessions.stderr);
    expect(sync.stderr).toMatch(messagePattern('reader.skipped'));
    await expectSameReadings(url, [dir]);
    // Every line of every session log once, as in its file, huge and damaged ones too.
    expect(differences(await databaseLines(url), expectedLines([dir]))).toEqual([]);
  });

  it('keeps lines that are no UTF-8 text, or hold a NUL, as their bytes', async () => {
    const rows = await withClient(url, (c) =>
      c.query<{ line_no: number; body: string | null; raw: Buffer | null }>(
        'SELECT line_no, body, raw FROM coach.lines WHERE session_id = $1 ORDER BY line_no',
        [id(2)],
      ),
    );
    const raw = rows.rows.filter((r) => r.raw !== null);
    expect(raw.map((r) => r.line_no)).toEqual([3, 4]);
    expect(raw.every((r) => r.body === null)).toBe(true);
    expect(raw[0]?.raw).toEqual(bytes(note('caf'), Buffer.from([0xe9, 0xff]), '"}'));
    expect(raw[1]?.raw).toEqual(bytes(note('a'), Buffer.from([0]), 'b"}'));
  });

  it('replays a session with such lines as over its file', async () => {
    const fromFile = await runCoach(['replay', file(2), '--summary', '--log-dir', dir], PATIENCE);
    const fromDb = await runCoach(['replay', id(2), '--summary', '--db', url], PATIENCE);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromDb.code, fromDb.stderr).toBe(0);
    expect(fromDb.stdout).toBe(fromFile.stdout);
    expect(fromDb.stdout).not.toBe('');
  });

  it('names the files rewritten after they were copied, exits 1, and sends nothing of them again', async () => {
    const before = await databaseLines(url);
    // Cut after its start line: still a log, shorter than what was copied.
    truncateSync(file(13), start(id(13), 'ana', 'en').length + 10);
    // Longer than it was, but no longer beginning with what was copied.
    const greet = [enter('greet', 'greeting'), done('greet', 'greeting', 4000)];
    writeFileSync(
      file(14),
      log(start(id(14), 'eva', 'en'), ...greet, ...greet, end('completed', 9000)),
    );
    const sync = await runCoach(['sync', '--db', url, dir], PATIENCE);
    expect(sync.code, sync.stderr).toBe(1);
    const told = sync.stderr.split('\n').filter((l) => messagePattern('sync.changed').test(l));
    expect(told).toHaveLength(2);
    expect(told.find((l) => l.includes(file(13)))).toMatch(/shorter/);
    expect(told.find((l) => l.includes(file(14)))).toBeDefined();
    expect(await databaseLines(url)).toEqual(before);
  });

  it('names a file cut inside its start line as shorter than what was copied', async () => {
    const before = await databaseLines(url);
    truncateSync(file(15), 100);
    const sync = await runCoach(['sync', '--db', url, dir], PATIENCE);
    expect(await databaseLines(url)).toEqual(before);
    expect(sync.stderr).toMatch(new RegExp(`${file(15)}.*shorter`));
    expect(sync.code, sync.stderr).toBe(1);
  });
});
