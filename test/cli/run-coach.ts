/**
 * Runs the built CLI (bin/coach.js → dist/, built by `node build.mjs`) the way a
 * user's shell would, with a clean locale: LANG=C and no COACH_* or LC_*
 * variables unless a test sets them. Its data and state folders (the default log
 * folder, where readers also look for script snapshots, and recovery files) are
 * the test run's own, empty, never the machine user's.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = join('test', 'fixtures', 'scripts');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let ownFolders: string | undefined;

/** XDG folders of this test process, made on first use and removed when it exits. */
function xdgFolders(): Record<string, string> {
  if (ownFolders === undefined) {
    const made = mkdtempSync(join(tmpdir(), 'coach-test-home-'));
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
    ownFolders = made;
  }
  return { XDG_DATA_HOME: join(ownFolders, 'data'), XDG_STATE_HOME: join(ownFolders, 'state') };
}

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(COACH_|LC_|LANG|NO_COLOR|FORCE_COLOR|CI$)/.test(name)) continue;
    env[name] = value;
  }
  return { ...env, LANG: 'C', ...xdgFolders(), ...extra };
}

/**
 * `umask` (octal, as the shell takes it) runs the CLI under that umask instead of
 * the test runner's, as a user's shell would set it.
 */
export function coach(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; umask?: string } = {},
): Promise<Run> {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
    throw new Error('dist/ is missing: run `node build.mjs` (npm test builds first)');
  }
  const command = [process.execPath, join(ROOT, 'bin', 'coach.js'), ...args];
  const [file, ...argv] =
    options.umask === undefined
      ? command
      : ['/bin/sh', '-c', `umask ${options.umask} && exec "$0" "$@"`, ...command];
  return new Promise((resolve) => {
    execFile(
      file as string,
      argv,
      {
        cwd: options.cwd ?? ROOT,
        env: cleanEnv(options.env ?? {}),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Lines of output without the trailing empty one. */
export const lines = (text: string) =>
  text.split('\n').filter((l, i, all) => i < all.length - 1 || l !== '');
