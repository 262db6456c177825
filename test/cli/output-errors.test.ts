/**
 * Every command with its standard output on a full disk (/dev/full) and on a
 * pipe whose reader has left, run as a real child process of the built CLI. A
 * reader that left is a normal end (exit 0, nothing on stderr, as `| head`
 * expects); any other failure to write is one localized line and exit 1, never
 * a stack trace, and never a success with everything lost.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/spawn-coach.js';
import { coach } from './run-coach.js';

interface Ended {
  readonly code: number | null;
  readonly stderr: string;
}

/** The built CLI with stdout on `/dev/full`, or on a pipe closed before it writes. */
function run(args: readonly string[], stdout: 'full' | 'closed', lang = 'en'): Promise<Ended> {
  const full = stdout === 'full' ? openSync('/dev/full', 'w') : undefined;
  const child = spawn(process.execPath, [BIN, '--lang', lang, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8' },
    stdio: ['ignore', full ?? 'pipe', 'pipe'],
  });
  if (full !== undefined) closeSync(full);
  // The reader leaves before the child has started: every write it makes meets EPIPE.
  child.stdout?.destroy();
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

let home: string;
let logDir: string;
let made = 0;

const ANSWERS = '- done\n- skip: hurry\n- done\n- end: resolved\n';

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'coach-output-'));
  logDir = join(home, 'logs');
  writeFileSync(join(home, 'answers.yaml'), ANSWERS);
  // One recorded call for the supervisors' commands to read, its output read in full.
  const recorded = await coach(
    ['run', '--answers', join(home, 'answers.yaml'), '--log-dir', logDir],
    { env: { HOME: home } },
  );
  expect(recorded.code, recorded.stderr).toBe(0);
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** Each command as a user would run it; a function where each run needs its own target. */
const COMMANDS: Record<string, () => string[]> = {
  help: () => ['--help'],
  version: () => ['--version'],
  'help of a command': () => ['help', 'report'],
  schema: () => ['schema'],
  validate: () => ['validate', 'scripts'],
  'validate --json': () => ['validate', '--json', 'scripts'],
  preview: () => ['preview', 'service-cycle'],
  'preview --format html': () => ['preview', 'service-cycle', '--format', 'html'],
  'run --answers': () => ['run', '--answers', join(home, 'answers.yaml'), '--log-dir', logDir],
  sessions: () => ['sessions', '--log-dir', logDir],
  'sessions --json': () => ['sessions', '--json', '--log-dir', logDir],
  report: () => ['report', '--log-dir', logDir],
  'report --format csv': () => ['report', '--format', 'csv', '--log-dir', logDir],
  'replay --summary': () => ['replay', firstSession(), '--summary', '--log-dir', logDir],
  i18n: () => ['i18n', 'coverage', 'scripts'],
  new: () => ['new', join(home, `new-${++made}.yaml`)],
};

/** The log of the call recorded first. */
function firstSession(): string {
  const day = readdirSync(logDir).find((name) => /^\d{4}-/.test(name)) as string;
  const file = readdirSync(join(logDir, day)).find((name) => name.endsWith('.jsonl')) as string;
  return join(logDir, day, file);
}

describe.skipIf(!existsSync('/dev/full'))('output that cannot be written', () => {
  describe.each(Object.entries(COMMANDS))('coach %s', (_, args) => {
    it('ends quietly with 0 when the reader has left', async () => {
      expect(await run(args(), 'closed')).toEqual({ code: 0, stderr: '' });
    });

    it('says so in one line and exits 1 on a full disk', async () => {
      expect(await run(args(), 'full')).toEqual({
        code: 1,
        stderr: 'coach: error: could not write the output: no space left on the device\n',
      });
    });
  });

  it('says so in the language of the interface', async () => {
    const ended = await run(['sessions', '--log-dir', logDir], 'full', 'pl');
    expect(ended).toEqual({
      code: 1,
      stderr: 'coach: błąd: nie można zapisać wyniku: brak miejsca na urządzeniu\n',
    });
  });
});
