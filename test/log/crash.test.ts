import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lines } from './session-options.js';
import { makeTempDir } from './temp.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const child = fileURLToPath(new URL('./fixtures/session-child.mjs', import.meta.url));

let temp: ReturnType<typeof makeTempDir>;
let bundle: string;

beforeAll(async () => {
  temp = makeTempDir();
  bundle = join(temp.dir, 'writer.mjs');
  await build({
    entryPoints: [join(root, 'src/log/writer.ts')],
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  });
});
afterAll(() => temp.remove());

/** Starts a session process, waits for its "ready" line, sends `signal`, returns the log path. */
function runAndKill(logDir: string, signal: NodeJS.Signals, mode = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, bundle, logDir, mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let path: string | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^ready (.+)\n/.exec(out);
      if (match && path === undefined) {
        path = match[1] as string;
        proc.kill(signal);
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    proc.on('error', reject);
    proc.on('close', (_code, killedBy) => {
      if (path === undefined) reject(new Error(`the session process failed: ${err}`));
      else if (killedBy !== signal && signal === 'SIGKILL')
        reject(new Error(`ended by ${killedBy}`));
      else resolve(path);
    });
  });
}

describe('a session process that dies', () => {
  it('killed with SIGKILL leaves the start line and every appended event, complete', async () => {
    const path = await runAndKill(join(temp.dir, 'kill'), 'SIGKILL');
    const logged = lines(path);
    expect(logged.map((line) => line.type)).toEqual(['start', 'enter', 'done', 'capture']);
    expect(logged[0]).toMatchObject({ v: 1, agent: 'ola', locale: 'pl' });
    expect(logged[3]).toMatchObject({ var: 'customer', value: '‹redacted›' });
    expect(logged.some((line) => line.type === 'end')).toBe(false);
  });

  it('ended with SIGTERM writes the end line exactly once, though two paths try', async () => {
    const path = await runAndKill(join(temp.dir, 'term'), 'SIGTERM', 'signal');
    const logged = lines(path);
    expect(logged.map((line) => line.type)).toEqual(['start', 'enter', 'done', 'capture', 'end']);
    expect(logged[4]).toMatchObject({ status: 'aborted', unreached: ['thanks'], ms: 9500 });
  });
});
