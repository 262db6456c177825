/**
 * A live call stopped from outside or losing its disk (issue 10): a closed window
 * or a signal at any moment ends the log with its end line and exit 130, and no
 * core file is left; a log folder deleted mid-call is told on screen at once and
 * the call is kept in the recovery file.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { disposeAll, type Session, startCoach } from './harness.js';
import { type LogLine, readLog } from './log.js';
import { ROOT } from './sandbox.js';

afterEach(disposeAll);

const CALL = join(ROOT, 'test/e2e/fixtures/call.yaml');
const HELLO = 'Hello, thank you for calling Fixture Shop.';
const NAME = 'May I have your name, please?';

function startCall(opts: Parameters<typeof startCoach>[1] = {}): Session {
  return startCoach(['--lang', 'en', 'run', CALL], opts);
}

const scratches: string[] = [];
afterEach(() => {
  for (const dir of scratches.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder of the test's own, removed after it. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coach-e2e-rob-'));
  scratches.push(dir);
  return dir;
}

const sessionFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.jsonl'));

describe('a call stopped from outside', () => {
  it('exits 130 with its end line when the window closes, leaving no core file', async () => {
    for (let run = 0; run < 3; run++) {
      const cwd = scratch();
      const t = startCall({ cwd });
      await t.waitFor(HELLO);
      t.write('\r');
      await t.waitFor(NAME);
      t.hangup();
      expect(await t.exited).toEqual({ exitCode: 130 });
      expect((readLog(t.logDir).at(-1) as LogLine).type).toBe('end');
      expect(readdirSync(cwd).filter((name) => name.startsWith('core'))).toEqual([]);
    }
  });

  it('leaves either no log or a log with its end line, for a signal soon after launch', async () => {
    for (const [i, signal] of (['SIGTERM', 'SIGHUP', 'SIGINT'] as const).entries()) {
      for (const delay of [50, 80, 110, 140]) {
        const s = startCall();
        await new Promise((wait) => setTimeout(wait, delay + i * 7));
        s.kill(signal);
        const exit = await s.exited;
        const files = (() => {
          try {
            return sessionFiles(s.logDir);
          } catch {
            return [];
          }
        })();
        // Killed before Node heard anything is fine, as long as no log was opened yet.
        if (files.length > 0) {
          const what = `${signal} at ${delay} ms`;
          expect((readLog(s.logDir).at(-1) as LogLine).type, what).toBe('end');
          expect(exit, what).toEqual({ exitCode: 130 });
        }
        await s.dispose();
      }
    }
  });
});

describe('a log folder deleted during the call', () => {
  it('is told on screen at once, and the call is kept in the recovery file (exit 1)', async () => {
    const state = scratch();
    const t = startCall({ env: { XDG_STATE_HOME: state } });
    await t.waitFor(HELLO);
    rmSync(t.logDir, { recursive: true });
    t.write('\r');
    await t.waitFor(/Not saved/);
    t.write('e');
    await t.waitFor(/resolved/i);
    t.write('1');
    await Promise.race([t.exited, new Promise((wait) => setTimeout(wait, 1000))]);
    if (!t.hasExited) t.write('\r');
    expect((await t.exited).exitCode).toBe(1);
    expect(t.screen()).toMatch(/the whole call is kept in/);
    const recovery = join(state, 'coach', 'recovery');
    const kept = readLog(recovery);
    expect(kept.map((line) => line.type)).toEqual(['start', 'enter', 'done', 'enter', 'end']);
  });
});
