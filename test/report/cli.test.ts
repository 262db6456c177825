import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coach } from '../cli/run-coach.js';
import { fixture } from './logs.js';

describe('coach report', () => {
  it('prints the JSON report of a log folder', async () => {
    const dir = fixture();
    const run = await coach(['report', '--format', 'json', dir]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.sessions.total).toBe(5);
    expect(report.unreadableLines).toBe(3);
    expect(run.stderr).toBe('');
  });

  it('gives the same numbers on two threads as on one', async () => {
    const dir = fixture();
    const one = await coach(['report', '--format', 'json', dir], {
      env: { COACH_REPORT_THREADS: '1' },
    });
    const two = await coach(['report', '--format', 'json', dir], {
      env: { COACH_REPORT_THREADS: '2' },
    });
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--by agent shows one row per agent, without colour when piped', async () => {
    const run = await coach(['report', '--by', 'agent', '--log-dir', fixture()]);
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.split('\n');
    expect(header).toMatch(/^agent\s+sessions/);
    expect(rows.slice(0, 4).map((r) => r.split(/\s+/)[0])).toEqual([
      'ana',
      'bruno',
      'carla',
      'dave',
    ]);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('3 log lines were left out (1 cut off at the end, 2 damaged).');
  });

  it('--format csv --out FILE writes the file and nothing on stdout', async () => {
    const dir = fixture();
    const out = join(dir, 'report.csv');
    const run = await coach(['report', dir, '--by', 'stage', '--format', 'csv', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const csv = readFileSync(out, 'utf8').split('\r\n');
    expect(csv[0]).toBe('stage,entered,done,skipped,skipRate,medianMs,p90Ms,overTarget');
    expect(csv[1]).toMatch(/^greeting,5,5,0,0,10000,16000,0.25$/);
  });

  it('applies the filters', async () => {
    const dir = fixture();
    const run = await coach([
      'report',
      dir,
      '--format',
      'json',
      '--agent',
      'ana',
      '--status',
      'completed',
    ]);
    expect(JSON.parse(run.stdout).sessions.total).toBe(1);
    const html = await coach(['report', dir, '--format', 'html', '--skipped', 'rapport']);
    expect(html.stdout).toContain('<svg');
    expect(html.stdout).toContain('2 sessions');
  });

  it('refuses unknown --by, --format and filter values with exit 2', async () => {
    const dir = fixture();
    for (const args of [
      ['--by', 'planet'],
      ['--format', 'pdf'],
      ['--status', 'lost'],
      ['--since', 'yesterday-ish'],
    ]) {
      const run = await coach(['report', dir, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await coach(['report', join(dir, 'missing')])).code).toBe(2);
  });
});
