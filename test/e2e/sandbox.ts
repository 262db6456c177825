/** Where the built CLI is, and the fresh, private surroundings each run of it gets. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/coach.js');

/** A fresh temporary folder with `home` and `logs` inside; removed by dispose. */
export function makeSandbox(): { root: string; home: string; logDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'coach-e2e-'));
  return { root, home: join(root, 'home'), logDir: join(root, 'logs') };
}

/** The environment of a freshly opened terminal: nothing leaks in from the test runner. */
export function cleanEnv(
  home: string,
  logDir: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    COACH_LOG_DIR: logDir,
    ...extra,
  };
}

export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'dist/cli.js'))) {
    throw new Error('dist/cli.js is missing: run `node build.mjs` before the end-to-end tests');
  }
}
