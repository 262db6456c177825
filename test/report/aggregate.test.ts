import { describe, expect, it } from 'vitest';
import type { Filters } from '../../src/log/read/index.js';
import { aggregateFiles } from '../../src/report/aggregate/aggregate.js';
import { finalize } from '../../src/report/rows/finalize.js';
import { findReportFiles, fixture } from './logs.js';

async function reportOf(dir: string, filter: Filters = {}) {
  const files = findReportFiles([dir], dir);
  return finalize(await aggregateFiles(files, { filter, threads: 1 }), dir);
}

describe('report aggregation', () => {
  it('counts sessions by status and outcome, and unreadable lines', async () => {
    const r = await reportOf(fixture());
    expect(r.sessions).toEqual({
      total: 5,
      byStatus: { completed: 3, aborted: 1, interrupted: 1 },
      byOutcome: { resolved: 2, unresolved: 1 },
    });
    // S2's array line, S3's corrupt line and S3's truncated last line.
    expect(r.unreadableLines).toBe(3);
    expect(r.skippedLines).toMatchObject({ truncated: 1, corrupt: 2, hugeLines: 0 });
    expect(r.skippedFiles).toEqual({
      notSessionLog: 1,
      newerVersion: 0,
      unreadable: 0,
      duplicate: 0,
    });
  });

  it('computes per-step counts, exact medians (even count), p90 and share over target', async () => {
    const r = await reportOf(fixture());
    expect(r.steps.map((s) => `${s.script}/${s.step}`)).toEqual([
      'other-script/intro',
      'service-cycle/greet',
      'service-cycle/name',
      'service-cycle/need',
    ]);
    const greet = r.steps[1];
    expect(greet).toMatchObject({
      stage: 'greeting',
      entered: 4,
      done: 4,
      skipped: 0,
      skipRate: 0,
      // 4000, 10000, 12000, 16000: the mean of the two middle values.
      medianMs: 11000,
      p90Ms: 16000,
      targetMs: 15000,
      overTarget: 0.25,
    });
    const name = r.steps[2];
    expect(name).toMatchObject({ entered: 3, done: 1, skipped: 2, medianMs: 3000, p90Ms: 3000 });
    expect(name?.skipRate).toBeCloseTo(2 / 3);
    expect(name?.topReasons).toEqual([{ reason: 'customer in a hurry', count: 2 }]);
    expect(r.steps[3]).toMatchObject({
      entered: 2,
      done: 1,
      skipped: 1,
      topReasons: [{ reason: '', count: 1 }],
    });
  });

  it('takes the stage from the events and leaves targets unknown without a snapshot', async () => {
    const r = await reportOf(fixture());
    expect(r.steps[0]).toMatchObject({
      stage: 'greeting',
      entered: 1,
      done: 1,
      medianMs: 7000,
      targetMs: null,
      overTarget: null,
    });
  });

  it('sums stages over their steps, in cycle order', async () => {
    const r = await reportOf(fixture());
    expect(r.stages.map((s) => s.stage)).toEqual(['greeting', 'rapport', 'needs']);
    // 4000, 7000, 10000, 12000, 16000; only the four timed ones have a target.
    expect(r.stages[0]).toMatchObject({
      entered: 5,
      done: 5,
      medianMs: 10000,
      p90Ms: 16000,
      overTarget: 0.25,
    });
  });

  it('groups by agent, script version and locale; interrupted calls last until their last line', async () => {
    const r = await reportOf(fixture());
    const ana = r.agents.find((a) => a.agent === 'ana');
    expect(ana).toMatchObject({
      sessions: 2,
      byStatus: { completed: 1, aborted: 0, interrupted: 1 },
      entered: 5,
      done: 3,
      skipped: 2,
      skipRate: 0.4,
      // S1 30000 ms; S3 from 10:00:00 to its last readable line at 10:00:42.
      medianCallMs: 36000,
    });
    expect(r.scripts.map((s) => [s.script, s.version, s.sessions])).toEqual([
      ['other-script', '2026.11', 1],
      ['service-cycle', '2026.11', 4],
    ]);
    expect(r.locales.map((l) => [l.locale, l.sessions])).toEqual([
      ['bn', 1],
      ['cs', 1],
      ['en', 1],
      ['pt', 2],
    ]);
    expect(r.agentStages.find((c) => c.agent === 'ana' && c.stage === 'rapport')).toMatchObject({
      done: 0,
      skipped: 2,
      skipRate: 1,
    });
  });

  it('applies the filters of `sessions`', async () => {
    const dir = fixture();
    expect((await reportOf(dir, { agent: 'ANA' })).sessions.total).toBe(2);
    expect((await reportOf(dir, { status: 'interrupted' })).sessions.total).toBe(1);
    expect((await reportOf(dir, { script: 'service-cycle@2026.11' })).sessions.total).toBe(4);
    expect((await reportOf(dir, { locale: 'pt', status: 'completed' })).sessions.total).toBe(1);
    // Skipped on the final path: S1 (name, from its end line) and S3 (interrupted, last result a skip).
    expect((await reportOf(dir, { skipped: 'name' })).sessions.total).toBe(2);
    expect((await reportOf(dir, { skipped: 'needs' })).sessions.total).toBe(1);
    expect((await reportOf(dir, { since: Date.parse('2026-11-24') })).sessions.total).toBe(0);
  });
});
