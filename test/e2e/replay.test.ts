/**
 * `coach replay` in a real terminal: under each screen the replay's own controls
 * (playing or paused, how far, its keys), not the agent's keys, which do nothing here.
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { coach, removeTemps, sessionLogs, tempDir } from '../run/cli.js';
import { disposeAll, startCoach } from './harness.js';
import { ROOT } from './sandbox.js';

afterEach(async () => {
  await disposeAll();
  removeTemps();
});

const ANSWERS = '- done\n- skip: customer in a hurry\n- done\n- done\n- end: resolved\n';

async function recordCall(): Promise<{ logDir: string; id: string }> {
  const home = tempDir();
  const logDir = join(home, 'logs');
  writeFileSync(join(home, 'answers.yaml'), ANSWERS);
  const script = join(ROOT, 'scripts/service-cycle.yaml');
  const ran = await coach(['run', script, '--answers', 'answers.yaml', '--log-dir', logDir], {
    home,
  });
  expect(ran.code).toBe(0);
  const [file] = sessionLogs(logDir);
  return { logDir, id: basename(file as string, '.jsonl') };
}

describe('coach replay in a terminal', () => {
  it('shows its controls instead of the agent’s keys, and a pause at once', async () => {
    const call = await recordCall();
    const replay = startCoach(['replay', call.id, '--log-dir', call.logDir, '--max-idle', '30']);
    await replay.waitFor(
      /▶ 00:00 \/ \d\d:\d\d · step 1 of \d+ · space pause · → next step · q quit/,
    );
    expect(replay.screen()).not.toMatch(/Enter done|s skip|e end/);
    replay.write(' ');
    await replay.waitFor('‖ paused 00:00');
    expect(replay.screen()).toContain('space play');
    replay.write('\x1b[C');
    await replay.waitFor(/‖ paused \d\d:\d\d \/ \d\d:\d\d · step 2 of/);
    replay.write('q');
    expect((await replay.exited).exitCode).toBe(0);
  });
});
