/**
 * `coach run` without a terminal: what it refuses (bad --var, unknown or invalid
 * scripts, no --answers), and what its logs look like on disk (private, one file
 * per session even when two start at once).
 */
import { statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { coach, linesOf, ROOT, readLogFile, removeTemps, sessionLogs, tempDir } from './cli.js';
import { answersYaml } from './plans.js';

afterEach(removeTemps);

function withAnswers(entries: readonly unknown[]) {
  const home = tempDir();
  const answers = join(home, 'answers.yaml');
  writeFileSync(answers, answersYaml(entries));
  const logDir = join(home, 'logs');
  const run = (args: string[]) =>
    coach(['run', ...args, '--answers', answers, '--log-dir', logDir], { home });
  return { home, logDir, run };
}

const mode = (path: string) => statSync(path).mode & 0o777;

describe('coach run refuses', () => {
  it.each([['company'], ['=Blue'], ['Company=Blue']])(
    'a --var without name=value (%s) with exit 2',
    async (pair) => {
      const { logDir, run } = withAnswers([]);
      const ran = await run(['service-cycle', '--var', pair]);
      expect(ran.code).toBe(2);
      const [error, hint] = linesOf(ran.stderr);
      expect(error).toMatch(/^coach: error: .*--var/);
      expect(error).toContain(`'${pair}'`);
      expect(hint).toMatch(/^hint: /);
      expect(sessionLogs(logDir)).toEqual([]);
    },
  );

  it('an unknown script id with exit 2 and a hint', async () => {
    const { logDir, run } = withAnswers([]);
    const ran = await run(['no-such-script']);
    expect(ran.code).toBe(2);
    expect(linesOf(ran.stderr)).toEqual([
      expect.stringMatching(/^coach: error: .*'no-such-script'/),
      expect.stringMatching(/^hint: /),
    ]);
    expect(sessionLogs(logDir)).toEqual([]);
  });

  it('an invalid script with exit 1 and its diagnostics at file:line:col', async () => {
    const { logDir, run } = withAnswers([]);
    const path = join(ROOT, 'test/fixtures/scripts/errors.yaml');
    const ran = await run([path]);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toContain(`${path}:8:5: error UNKNOWN_KEY`);
    expect(ran.stderr).toMatch(/errors\.yaml:13:11: error MISSING_STEP/);
    const lines = linesOf(ran.stderr);
    expect(lines.at(-2)).toMatch(/^coach: error: .*errors\.yaml/);
    expect(lines.at(-1)).toMatch(/^hint: .*coach validate/);
    expect(ran.stderr).not.toContain('\x1b');
    expect(sessionLogs(logDir)).toEqual([]);
  });

  it('to wait for keys that cannot come: no terminal and no --answers is exit 2 at once', async () => {
    const home = tempDir();
    const logDir = join(home, 'logs');
    const ran = await coach(['run', 'service-cycle', '--log-dir', logDir], {
      home,
      timeoutMs: 5000,
    });
    // A hang would be killed after 5 s and leave code null.
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    const lines = linesOf(ran.stderr);
    expect(lines.filter((line) => line.startsWith('coach: error:'))).toHaveLength(1);
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(sessionLogs(logDir)).toEqual([]);
  });
});

describe('logs on disk', () => {
  it('are 0600 files in 0700 folders, the script snapshot too', async () => {
    const { logDir, run } = withAnswers(['done']);
    expect((await run(['service-cycle'])).code).toBe(0);
    const [log] = sessionLogs(logDir);
    expect(log).toBeDefined();
    const file = log as string;
    expect(mode(file)).toBe(0o600);
    expect(mode(dirname(file))).toBe(0o700);
    expect(mode(logDir)).toBe(0o700);
    const start = readLogFile(file)[0] as { script: { sha256: string } } | undefined;
    const sha = start?.script.sha256;
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    const snapshot = join(logDir, 'scripts', `${sha}.yaml`);
    expect(mode(snapshot)).toBe(0o600);
    expect(mode(dirname(snapshot))).toBe(0o700);
  });

  it('never shares a file between two sessions started at once', async () => {
    const { logDir, run } = withAnswers(['done', 'done']);
    const both = await Promise.all([run(['service-cycle']), run(['service-cycle'])]);
    expect(both.map((ran) => ran.code)).toEqual([0, 0]);
    const files = sessionLogs(logDir);
    expect(files).toHaveLength(2);
    const logs = files.map(readLogFile);
    const ids = logs.map((log) => log[0]?.session);
    expect(new Set(ids).size).toBe(2);
    for (const log of logs) {
      expect(log.filter((line) => line.type === 'start')).toHaveLength(1);
      expect(log.filter((line) => line.type === 'end')).toHaveLength(1);
      expect(log.at(-1)).toMatchObject({ type: 'end', status: 'aborted' });
    }
  });
});
