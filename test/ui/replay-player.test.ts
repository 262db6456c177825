/** Playing a replay in a real pseudo-terminal, keys included. */
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { disposeAll, startCoach } from '../e2e/harness.js';
import { SERVICE_CALL, writeSession } from '../replay/logdir.js';
import { ROOT, removeTemps, sessionLogs, tempDir } from '../run/cli.js';

afterEach(async () => {
  await disposeAll();
  removeTemps();
});

function recordCall(): { logDir: string; id: string } {
  const logDir = join(tempDir(), 'logs');
  return { logDir, id: writeSession(logDir, SERVICE_CALL).id };
}

const replay = (call: { logDir: string; id: string }, ...extra: string[]) =>
  startCoach(['--lang', 'en', 'replay', call.id, '--log-dir', call.logDir, ...extra]);

describe('coach replay in a terminal', () => {
  it('plays every screen, the last step then the summary, and exits 0', async () => {
    const call = recordCall();
    const s = replay(call, '--speed', '100');
    await s.waitFor('Call completed');
    expect((await s.exited).exitCode).toBe(0);
    const lastStep = s.output.lastIndexOf('Thank and invite back');
    expect(lastStep).toBeGreaterThan(-1);
    expect(s.output.indexOf('Call completed')).toBeGreaterThan(lastStep);
    expect(s.screen()).toContain('Outcome: Resolved');
    expect(s.wrappedRows()).toEqual([]);
  });

  it('→ jumps to the next step and q quits', async () => {
    const call = recordCall();
    // So slow that nothing moves unless a key asks.
    const s = replay(call, '--speed', '0.00001', '--max-idle', '100000');
    await s.waitFor('Step 1 of');
    s.write('\x1b[C');
    await s.waitFor("Customer's name");
    s.write(' ');
    s.write('\x1b[C');
    await s.waitFor('Personal touch');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('shows its controls, and a pause at once', async () => {
    const s = replay(recordCall(), '--speed', '0.00001', '--max-idle', '100000');
    await s.waitFor(/▶ 00:00 \/ \d\d:\d\d · space pause · → next step · q quit/);
    s.write(' ');
    await s.waitFor(/‖ paused 00:00 \/ \d\d:\d\d · space play/);
    s.write('\x1b[C');
    await s.waitFor("Customer's name");
    expect(s.screen()).toMatch(/‖ paused 00:\d\d \//);
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('Ctrl-C stops with 130', async () => {
    const call = recordCall();
    const s = replay(call, '--speed', '0.00001', '--max-idle', '100000');
    await s.waitFor('Step 1 of');
    s.write('\x03');
    expect((await s.exited).exitCode).toBe(130);
  });
});

/** The screen's rows as the agent read them, clocks aside (they tick while a test waits). */
function stepScreen(screen: string): string[] {
  return screen
    .split('\n')
    .filter((row) => row.trim() !== '›')
    .map((row) => row.replace(/\d+:\d\d/g, 'mm:ss'))
    .join('\n')
    .trimEnd()
    .split('\n');
}

describe('replay shows what coach run showed', () => {
  it('the same screen at each step, for the same keys', async () => {
    const run = startCoach(['--lang', 'en', 'run', join(ROOT, 'scripts/service-cycle.yaml')]);
    const seen: string[][] = [];
    for (let step = 1; step <= 4; step++) {
      await run.waitFor(`Step ${step} of`);
      seen.push(stepScreen(run.screen()));
      run.write('\r');
    }
    await run.waitFor('Step 5 of');
    seen.push(stepScreen(run.screen()));
    run.write('\x03');
    await run.exited;
    expect(seen[0]?.join('\n')).toMatch(/Greeting[\s\S]*Say {2}Hello/);
    const id = basename(sessionLogs(run.logDir)[0] as string, '.jsonl');

    const s = replay({ logDir: run.logDir, id }, '--speed', '0.00001', '--max-idle', '100000');
    for (let step = 1; step <= 5; step++) {
      await s.waitFor(`Step ${step} of`);
      const [agentKeys, ...screen] = (seen[step - 1] as string[]).toReversed();
      const [controls, ...replayed] = stepScreen(s.screen()).toReversed();
      // The screen whole, but the agent's keys, which do nothing here: the replay's controls instead.
      expect(replayed).toEqual(screen);
      expect(agentKeys).toMatch(/^Enter done .*s skip/);
      expect(controls).toMatch(
        /^(▶|‖ paused) mm:ss \/ mm:ss · space (pause|play) · → next step · q quit$/,
      );
      s.write('\x1b[C');
    }
    await s.waitFor('Call ended early');
    expect((await s.exited).exitCode).toBe(0);
  });
});
