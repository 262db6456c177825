/**
 * Text that enters a call from the command line is held to the limits of
 * src/call/limits.ts, so that no line coach writes is one its readers skip: too
 * long is bad input (exit 2), told in one line before any log exists.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../src/call/limits.js';
import { coach, linesOf, onlyLog, removeTemps, sessionLogs, tempDir } from './cli.js';

afterEach(removeTemps);

function call(answers: string, extra: readonly string[] = []) {
  const home = tempDir();
  const file = join(home, 'answers.yaml');
  writeFileSync(file, answers);
  const logDir = join(home, 'logs');
  const args = ['run', 'service-cycle', '--answers', file, '--log-dir', logDir, ...extra];
  return coach(args, { home }).then((ran) => ({ ...ran, logDir }));
}

const note = (length: number) => `- note: ${JSON.stringify('ä'.repeat(length))}\n- end: resolved\n`;

describe('limits on what a call takes in', () => {
  it('keeps a note of the longest length allowed, whole', async () => {
    const ran = await call(note(TEXT_LIMITS.note));
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const [written] = onlyLog(ran.logDir).filter((line) => line.type === 'note');
    expect(written?.text).toBe('ä'.repeat(TEXT_LIMITS.note));
  });

  it('refuses a note one character longer, naming the entry, before any log exists', async () => {
    const ran = await call(note(TEXT_LIMITS.note + 1));
    expect(ran.code).toBe(2);
    const [message, hint] = linesOf(ran.stderr);
    expect(message).toBe(
      'coach: error: the note in entry 1 of the answers file is longer than 10,000 characters',
    );
    expect(hint).toMatch(/^hint: /);
    expect(sessionLogs(ran.logDir)).toEqual([]);
  });

  it('refuses a skip reason past its limit', async () => {
    const reason = await call(`- skip: ${'r'.repeat(TEXT_LIMITS.reason + 1)}\n`);
    expect(reason.code).toBe(2);
    expect(linesOf(reason.stderr)[0]).toMatch(/the reason in entry 1 .* 1,000 characters$/);
    expect(sessionLogs(reason.logDir)).toEqual([]);
  });

  it('refuses an answers file too large to be a call, unread', async () => {
    const ran = await call(`- note: ${'x'.repeat(17 * 1024 * 1024)}\n`);
    expect(ran.code).toBe(2);
    expect(linesOf(ran.stderr)[0]).toMatch(/answers file .* is larger than 16 MiB$/);
    expect(sessionLogs(ran.logDir)).toEqual([]);
  });

  it('refuses a --var value past the limit with exit 2, and takes one at it', async () => {
    const long = 'v'.repeat(TEXT_LIMITS.value + 1);
    const refused = await call('- end: resolved\n', ['--var', `company=${long}`]);
    expect(refused.code).toBe(2);
    expect(linesOf(refused.stderr)[0]).toBe(
      'coach: error: --var company is longer than 1,000 characters',
    );
    expect(sessionLogs(refused.logDir)).toEqual([]);

    const taken = await call('- end: resolved\n', ['--var', `company=${long.slice(1)}`]);
    expect(taken.code).toBe(0);
    expect(onlyLog(taken.logDir)[0]).toMatchObject({ vars: { company: long.slice(1) } });
  });
});
