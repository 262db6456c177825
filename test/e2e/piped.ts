/** Runs the built `coach` without a terminal: stdin from /dev/null, output captured. */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { assertBuilt, BIN, cleanEnv, makeSandbox, ROOT } from './sandbox.js';

export interface PipedResult {
  /** null when the child had to be killed after `timeoutMs`. */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runPiped(
  args: string[],
  opts: { env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<PipedResult> {
  assertBuilt();
  const sandbox = makeSandbox();
  mkdirSync(sandbox.home, { recursive: true });
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: cleanEnv(sandbox.home, sandbox.logDir, opts.env),
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
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 5000);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(sandbox.root, { recursive: true, force: true });
      done({ exitCode: code, stdout, stderr });
    });
  });
}
