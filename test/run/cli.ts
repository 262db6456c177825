/**
 * Runs the built `coach` as a script or a demo would: no terminal (stdin from
 * /dev/null), output captured, a private temporary folder for logs and answers.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Spawned, spawnCoach } from '../support/spawn-coach.js';

export { ROOT } from '../support/spawn-coach.js';

export type Ran = Spawned;

const temps: string[] = [];

/** A fresh folder, removed by `removeTemps` (call it from afterEach). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coach-run-'));
  temps.push(dir);
  return dir;
}

export function removeTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** `coach --lang en <args>` with a clean environment; killed after `timeoutMs`. */
export function coach(
  args: readonly string[],
  opts: { home: string; timeoutMs?: number; env?: Record<string, string> },
): Promise<Ran> {
  return spawnCoach(['--lang', 'en', ...args], {
    cwd: opts.home,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: opts.home,
      LANG: 'C.UTF-8',
      ...opts.env,
    },
    timeoutMs: opts.timeoutMs ?? 10_000,
  });
}

/** Non-empty lines of some output. */
export const linesOf = (text: string) => text.split('\n').filter((line) => line !== '');

/** Every *.jsonl under `dir` (none when it does not exist). */
export function sessionLogs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => join(dir, name))
    .sort();
}

export interface LogLine {
  readonly type: string;
  readonly [field: string]: unknown;
}

export function readLogFile(path: string): LogLine[] {
  const text = readFileSync(path, 'utf8');
  if (!text.endsWith('\n')) throw new Error(`${path} ends in the middle of a line`);
  return linesOf(text).map((line) => JSON.parse(line) as LogLine);
}

/** The one session log under `dir`. */
export function onlyLog(dir: string): LogLine[] {
  const files = sessionLogs(dir);
  if (files.length !== 1) throw new Error(`expected one session log, found ${files.length}`);
  return readLogFile(files[0] as string);
}

/** `type` or `type:step` of each line, to compare sequences. */
export const eventKeys = (log: readonly LogLine[]) =>
  log.map((line) => (typeof line.step === 'string' ? `${line.type}:${line.step}` : line.type));
