/** Runs the built `coach` without a terminal: stdin from /dev/null, output captured. */
import { mkdirSync, rmSync } from 'node:fs';
import { spawnCoach } from '../support/spawn-coach.js';
import { assertBuilt, cleanEnv, makeSandbox, ROOT } from './sandbox.js';

export interface PipedResult {
  /** null when the child had to be killed after `timeoutMs`. */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runPiped(
  args: string[],
  opts: { env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<PipedResult> {
  assertBuilt();
  const sandbox = makeSandbox();
  mkdirSync(sandbox.home, { recursive: true });
  try {
    const { code, stdout, stderr } = await spawnCoach(args, {
      cwd: ROOT,
      env: cleanEnv(sandbox.home, sandbox.logDir, opts.env),
      timeoutMs: opts.timeoutMs ?? 5000,
    });
    return { exitCode: code, stdout, stderr };
  } finally {
    rmSync(sandbox.root, { recursive: true, force: true });
  }
}
