/**
 * A session file's last line without its final newline (log format §9, rule 1):
 * a whole JSON object only lost its line break and counts; anything else was cut
 * mid-write and is one truncated, unreadable line.
 */
import { describe, expect, it } from 'vitest';
import { aggregateFiles } from '../../src/report/aggregate/aggregate.js';
import { finalize } from '../../src/report/rows/finalize.js';
import { coach } from '../cli/run-coach.js';
import { done, end, enter, findReportFiles, lines, logDir, start } from './logs.js';

async function reportOf(dir: string) {
  return finalize(
    await aggregateFiles(findReportFiles([dir], dir), { filter: {}, threads: 1 }),
    dir,
  );
}

const body = (session: string) =>
  lines(start(session, 'ana', 'pt'), enter('greet', 'greeting'), done('greet', 'greeting', 4000));

describe('the last line of a session file', () => {
  it('counts a complete end line that lost only its newline: completed, nothing unreadable', async () => {
    const r = await reportOf(logDir([body('A') + end('completed', 9000, 'resolução')]));
    expect(r.sessions.byStatus).toEqual({ completed: 1, aborted: 0, interrupted: 0 });
    expect(r.sessions.byOutcome).toEqual({ resolução: 1 });
    expect(r.unreadableLines).toBe(0);
    expect(r.skippedLines.truncated).toBe(0);
    expect(r.agents[0]?.medianCallMs).toBe(9000);
  });

  it('takes an end line cut mid-JSON as truncated: interrupted, one unreadable line', async () => {
    const cut = end('completed', 9000, 'resolved').slice(0, 40);
    const r = await reportOf(logDir([body('B') + cut]));
    expect(r.sessions.byStatus).toEqual({ completed: 0, aborted: 0, interrupted: 1 });
    expect(r.unreadableLines).toBe(1);
    expect(r.skippedLines.truncated).toBe(1);
    expect(r.skippedLines.corrupt).toBe(0);
    expect(r.steps[0]).toMatchObject({ step: 'greet', entered: 1, done: 1 });
  });

  it('counts a whole event line without its newline, the session still interrupted', async () => {
    const r = await reportOf(logDir([lines(start('C', 'ana', 'pt')) + enter('greet', 'greeting')]));
    expect(r.sessions.byStatus.interrupted).toBe(1);
    expect(r.unreadableLines).toBe(0);
    expect(r.steps[0]).toMatchObject({ step: 'greet', entered: 1 });
  });

  it('reads a last line without newline that crosses a read chunk (files over 4 MiB)', async () => {
    const note = JSON.stringify({
      t: '2026-11-23T10:00:01.000Z',
      type: 'note',
      step: 'greet',
      text: 'n'.repeat(1000),
    });
    const filler = Array.from({ length: 5000 }, () => note);
    const r = await reportOf(
      logDir([lines(start('D', 'ana', 'pt'), ...filler) + end('aborted', 5000)]),
    );
    expect(r.sessions.byStatus).toEqual({ completed: 0, aborted: 1, interrupted: 0 });
    expect(r.unreadableLines).toBe(0);
  });

  it('gives the same counts through coach report --format json', async () => {
    const dir = logDir([
      body('E') + end('completed', 9000, 'resolved'),
      body('F') + end('completed', 9000, 'resolved').slice(0, 40),
    ]);
    const run = await coach(['report', dir, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.sessions.byStatus).toEqual({ completed: 1, aborted: 0, interrupted: 1 });
    expect(report.unreadableLines).toBe(1);
    expect(report.skippedLines.truncated).toBe(1);
  });
});
