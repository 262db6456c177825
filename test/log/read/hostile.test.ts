/**
 * A shared log folder someone tampered with: links to devices or to `/`, FIFOs
 * where files should be, folders anyone may write to, a session of millions of
 * lines. The readers neither hang, nor read forever, nor walk the disk.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SESSION_EVENTS } from '../../../src/log/read/file-reader.js';
import { FileReader, findSessionFiles, SessionScratch } from '../../../src/log/read/index.js';
import { coach } from '../../cli/run-coach.js';
import { done, end, enter, lines, logDir, SHA, start } from '../../report/logs.js';
import { END, EVENTS, logText, startLine } from './lines.js';
import { logFile } from './read-text.js';

const fifo = (path: string) => execFileSync('mkfifo', [path]);

describe('a tampered log folder', () => {
  it('leaves a snapshot that is a link to a device, or a FIFO, unread', async () => {
    for (const plant of [(p: string) => symlinkSync('/dev/zero', p), fifo]) {
      const dir = logDir([
        lines(
          start('A', 'ana', 'en'),
          enter('greet', 'greeting'),
          done('greet', 'greeting', 20_000),
          end('completed', 30_000),
        ),
      ]);
      const snapshot = join(dir, 'scripts', `${SHA}.yaml`);
      execFileSync('rm', [snapshot]);
      plant(snapshot);
      const ran = await coach(['report', dir, '--format', 'json']);
      expect(ran.code, ran.stderr).toBe(0);
      expect(JSON.parse(ran.stdout).steps[0]).toMatchObject({ step: 'greet', targetMs: null });
    }
  });

  it('does not wait on a session file that is a FIFO, and refuses one named on its own', async () => {
    const dir = logDir([lines(start('A', 'ana', 'en'), end('completed', 1000))]);
    const planted = join(dir, '2026-11-23', '01M84D4AV3C5JCZV4W59X8ZZZZ.jsonl');
    fifo(planted);
    const walked = await coach(['sessions', '--json', dir]);
    expect(walked.code).toBe(0);
    expect(JSON.parse(walked.stdout)).toHaveLength(1);
    const named = await coach(['sessions', planted]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('is neither a file nor a folder');
  });

  it('does not follow a link inside the folder, to / or to other logs', () => {
    const dir = logDir([lines(start('A', 'ana', 'en'), end('completed', 1000))]);
    const elsewhere = logDir([lines(start('B', 'ana', 'en'), end('completed', 1000))]);
    symlinkSync('/', join(dir, 'root'));
    symlinkSync(elsewhere, join(dir, 'other-logs'));
    const found = [...findSessionFiles([dir], dir, { duplicates: 0 })];
    expect(found).toHaveLength(1);
    // Named on the command line, a link is followed: that is the user's choice.
    expect([...findSessionFiles([join(dir, 'other-logs')], dir, { duplicates: 0 })]).toHaveLength(
      1,
    );
  });

  it('warns about a folder anyone may write to', async () => {
    const dir = logDir([lines(start('A', 'ana', 'en'), end('completed', 1000))]);
    chmodSync(join(dir, '2026-11-23'), 0o777);
    for (const command of ['sessions', 'report']) {
      const ran = await coach([command, dir]);
      expect(ran.stderr).toMatch(/anyone can write to '.*2026-11-23'/);
    }
  });
});

describe('a session of more lines than a call can have', () => {
  it('reads the first events and counts the rest without reading them', () => {
    const over = 7;
    const event = JSON.stringify(EVENTS[0]);
    const text = `${startLine()}\n${`${event}\n`.repeat(MAX_SESSION_EVENTS + over)}`;
    const scratch = new SessionScratch();
    new FileReader().read(logFile(text), scratch);
    expect(scratch.count).toBe(MAX_SESSION_EVENTS);
    expect(scratch.lines.overLimit).toBe(over);
  });

  it('counts empty lines as damaged', () => {
    const scratch = new SessionScratch();
    new FileReader().read(logFile(logText([startLine(), '', '   ', END])), scratch);
    expect(scratch.lines.corrupt).toBe(2);
    expect(scratch.status).toBe('completed');
  });
});

describe('damaged lines', () => {
  it('are counted alike by sessions and report, __proto__ keys and all', async () => {
    const proto = (fields: object) => JSON.stringify(fields).replace('{', '{"__proto__":{"x":1},');
    const dir = logDir([
      lines(
        proto(JSON.parse(start('A', 'ana', 'en'))),
        proto({ t: '2026-11-23T10:00:01.000Z', type: 'enter', step: 'greet', stage: 'greeting' }),
        '{"broken',
        JSON.stringify({ t: '2026-11-23T10:00:02.000Z', type: 'wave' }),
        JSON.stringify({ t: '2026-11-23T10:00:02.000Z', type: 'done', step: 'greet' }),
        end('completed', 3000),
      ),
    ]);
    const report = JSON.parse((await coach(['report', dir, '--format', 'json'])).stdout);
    expect(report.skippedLines).toMatchObject({ corrupt: 2, unknownType: 1 });
    const listing = await coach(['sessions', dir]);
    expect(listing.stderr).toContain('3 log lines could not be read');
    expect(listing.stderr).toContain('2 damaged');
    expect(listing.stderr).toContain('1 of an unknown kind');
  });
});
