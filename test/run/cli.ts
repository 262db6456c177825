/**
 * Runs the built `coach` as a script or a demo would: no terminal (stdin from
 * /dev/null), output captured, a private temporary folder for logs and answers.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/coach.js');

export interface Ran {
  /** null when the child had to be killed after the time limit. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

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
  if (!existsSync(join(ROOT, 'dist/cli.js'))) {
    throw new Error('dist/cli.js is missing: run `node build.mjs` first');
  }
  const child = spawn(process.execPath, [BIN, '--lang', 'en', ...args], {
    cwd: opts.home,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: opts.home,
      LANG: 'C.UTF-8',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 10_000);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
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
