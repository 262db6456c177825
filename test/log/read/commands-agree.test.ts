/**
 * What supervisors read, through the built `coach`: the listing and the report
 * give the same answers about the same logs.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coach } from '../../cli/run-coach.js';
import { done, end, enter, lines, logDir, SHA, skip, start } from '../../report/logs.js';

const T = (s: number) =>
  `2026-11-23T10:0${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}.000Z`;

/** Ids of the sessions `coach sessions` lists. */
async function listed(args: string[]): Promise<string[]> {
  const ran = await coach(['sessions', '--json', ...args]);
  expect(ran.code, ran.stderr).toBe(0);
  return (JSON.parse(ran.stdout) as { session: string }[]).map((s) => s.session);
}

async function report(args: string[]) {
  const ran = await coach(['report', '--format', 'json', ...args]);
  expect(ran.code, ran.stderr).toBe(0);
  return { ...JSON.parse(ran.stdout), stderr: ran.stderr };
}

describe('coach sessions and coach report agree', () => {
  it('on a step done, looped back to and then skipped, in an interrupted call', async () => {
    const dir = logDir([
      lines(
        start('LOOP', 'ana', 'en'),
        enter('need', 'needs', T(1)),
        done('need', 'needs', 1000),
        enter('solve', 'solutions', T(2)),
        done('solve', 'solutions', 1000),
        enter('need', 'needs', T(3)),
        skip('need', 'needs', 'already asked', 500, T(4)),
      ),
    ]);
    expect(await listed([dir, '--skipped', 'need'])).toEqual([]);
    expect((await report([dir, '--skipped', 'need'])).sessions.total).toBe(0);
    expect(await listed([dir])).toHaveLength(1);
  });

  it('count each session once when gathered folders overlap', async () => {
    const dir = logDir([
      lines(start('A', 'ana', 'en'), enter('greet', 'greeting'), end('completed', 1000)),
      lines(start('B', 'ana', 'en'), enter('greet', 'greeting'), end('completed', 1000)),
    ]);
    const copy = `${dir}-copy`;
    cpSync(dir, copy, { recursive: true });
    expect(await listed([dir, copy])).toHaveLength(2);
    const r = await report([dir, copy]);
    expect(r.sessions.total).toBe(2);
    expect(r.skippedFiles.duplicate).toBe(2);
    const ran = await coach(['sessions', dir, copy]);
    expect(ran.stderr).toContain('2 more copies of sessions were left out');
  });

  it('keep or leave out sessions driven by an answers file, alike', async () => {
    const driven = JSON.stringify({ ...JSON.parse(start('DRIVEN', 'ana', 'en')), answers: true });
    const dir = logDir([
      lines(driven, enter('greet', 'greeting'), end('completed', 1000)),
      lines(start('AGENT', 'ana', 'en'), enter('greet', 'greeting'), end('completed', 1000)),
    ]);
    expect(await listed([dir])).toHaveLength(2);
    expect(await listed([dir, '--answers'])).toEqual(['DRIVEN']);
    expect(await listed([dir, '--no-answers'])).toEqual(['AGENT']);
    expect((await report([dir, '--no-answers'])).sessions.total).toBe(1);
    expect((await report([dir, '--answers'])).sessions.total).toBe(1);
    expect((await report([dir])).sessions.total).toBe(2);
  });

  it('take Ana and ana for one agent', async () => {
    const dir = logDir([
      lines(start('A', 'Ana', 'en'), end('completed', 1000)),
      lines(start('B', 'ana', 'en'), end('completed', 1000)),
      lines(start('C', 'Ana', 'en'), end('completed', 1000)),
    ]);
    expect(await listed([dir, '--agent', 'ANA'])).toHaveLength(3);
    const r = await report([dir, '--by', 'agent']);
    expect(r.agents).toEqual([expect.objectContaining({ agent: 'Ana', sessions: 3 })]);
    const table = await coach(['report', dir, '--by', 'agent']);
    expect(table.stdout.match(/^\s*ana\b/gim) ?? []).toHaveLength(1);
  });
});

describe('coach report and a script snapshot edited after the call', () => {
  it('leaves targets unknown rather than trusting the edited text', async () => {
    const dir = logDir([
      lines(start('A', 'ana', 'en'), enter('greet', 'greeting'), done('greet', 'greeting', 20_000)),
    ]);
    const before = await report([dir]);
    expect(before.steps[0]).toMatchObject({ step: 'greet', targetMs: 15_000, overTarget: 1 });
    const snapshot = join(dir, 'scripts', `${SHA}.yaml`);
    writeFileSync(snapshot, readFileSync(snapshot, 'utf8').replace('target: 15s', 'target: 60s'));
    const after = await report([dir]);
    expect(after.steps[0]).toMatchObject({ step: 'greet', targetMs: null, overTarget: null });
  });
});
