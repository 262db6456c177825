/** `coach replay` through the built CLI, over logs written by `coach run --answers`. */
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { coach as plainCoach } from '../cli/run-coach.js';
import { coach, ROOT, removeTemps, sessionLogs, tempDir } from '../run/cli.js';
import { CONTROLS, ownSequencesRemoved, parseCast } from './cast.js';
import { SERVICE_CALL, writeSession } from './logdir.js';

afterEach(removeTemps);

const SCRIPT = join(ROOT, 'scripts/service-cycle.yaml');
const NASTY = 'x\x1b]0;pwned\x07\x1b[2J';

const ANSWERS = `
- done
- capture: { customer: "Ana Lima" }
- note: "asked to be called Ana \\e]0;pwned\\a\\e[2J"
- done
- skip: customer in a hurry
- done
- done
- choose: another-need
- back
- choose: all-covered
- done
- end: resolved
`;

/** A finished call in a fresh log folder: its folder, file and session id. */
async function recordCall(): Promise<{ home: string; logDir: string; file: string; id: string }> {
  const home = tempDir();
  const logDir = join(home, 'logs');
  writeFileSync(join(home, 'answers.yaml'), ANSWERS);
  const ran = await coach(
    ['run', SCRIPT, '--answers', 'answers.yaml', '--log-dir', logDir, '--agent', `ana${NASTY}`],
    { home },
  );
  expect(ran.stderr).toBe('');
  expect(ran.code).toBe(0);
  const [file] = sessionLogs(logDir);
  return { home, logDir, file: file as string, id: basename(file as string, '.jsonl') };
}

describe('coach replay (built CLI)', () => {
  it('--summary prints the timeline of a session found by its id', async () => {
    const call = await recordCall();
    const ran = await coach(['replay', call.id, '--summary', '--log-dir', call.logDir], {
      home: call.home,
    });
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^1\s+Greeting\s+Greeting\s+done\s+00:00 \/ 00:15$/m);
    expect(ran.stdout).toMatch(/Personal touch\s+Rapport\s+skipped/);
    expect(ran.stdout).toContain('reason: customer in a hurry');
    expect(ran.stdout).toContain('typed in customer: ‹redacted›');
    expect(ran.stdout).toContain('chose: Everything is covered');
    expect(ran.stdout).toContain('Status: completed');
    expect(ran.stdout).toContain(']0;pwned');
    expect(ran.stdout).not.toMatch(CONTROLS);
  });

  it('--summary with a path, in Polish', async () => {
    const call = await recordCall();
    const ran = await plainCoach(['--lang', 'pl', 'replay', call.file, '--summary']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('Stan: zakończona');
    expect(ran.stdout).toMatch(/Powitanie\s+wykonany/);
  });

  it('--export cast writes a valid asciicast v2 recording with step markers', async () => {
    const call = await recordCall();
    const out = join(call.home, 'call.cast');
    const ran = await coach(
      ['replay', call.id, '--export', 'cast', out, '--log-dir', call.logDir],
      {
        home: call.home,
      },
    );
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(out);
    const { header, events } = parseCast(readFileSync(out, 'utf8'));
    expect(header.width).toBe(80);
    expect(String(header.title)).not.toMatch(CONTROLS);
    const markers = events.filter((e) => e[1] === 'm').map((e) => e[2]);
    expect(markers).toEqual([
      'Greeting',
      "Customer's name",
      'Personal touch',
      'Identify the need',
      'Offer the solution',
      'Anything else?',
      'Identify the need',
      // `back` from the need reopens the check
      'Anything else?',
      'Thank and invite back',
    ]);
    const last = events.filter((e) => e[1] === 'o').at(-1)?.[2] ?? '';
    expect(last).toContain('Call completed');
    for (const [, , data] of events) {
      expect(ownSequencesRemoved(data)).not.toMatch(CONTROLS);
    }
    expect(readdirSync(call.home).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('without the script snapshot still prints the timeline and says what is missing', async () => {
    const call = await recordCall();
    rmSync(join(call.logDir, 'scripts'), { recursive: true });
    const ran = await coach(
      ['replay', call.id, '--log-dir', call.logDir, '--export', 'cast', 'x.cast'],
      {
        home: call.home,
      },
    );
    expect(ran.code).toBe(0);
    expect(ran.stderr).toMatch(/snapshot [0-9a-f]{64}\) is missing/);
    expect(ran.stdout).toMatch(/^1\s+greet\s+Greeting\s+done\s+00:00 \/ --:--$/m);
    expect(ran.stdout).toContain('Status: completed');
  });

  it('exits 2 for an unknown session, a bad option, or playing without a terminal', async () => {
    const call = await recordCall();
    const cases = [
      ['replay', '01M84D4AV3C5JCZV4W59X8YEKF', '--summary', '--log-dir', call.logDir],
      ['replay', 'nothing-here', '--summary', '--log-dir', call.logDir],
      ['replay', call.id, '--summary', '--speed', '0', '--log-dir', call.logDir],
      ['replay', call.id, '--summary', '--max-idle', '-1', '--log-dir', call.logDir],
      ['replay', call.id, '--export', 'mp4', 'x.mp4', '--log-dir', call.logDir],
      ['replay', call.id, '--log-dir', call.logDir],
    ];
    for (const args of cases) {
      const ran = await coach(args, { home: call.home });
      expect(ran.code, args.join(' ')).toBe(2);
      expect(ran.stderr.split('\n').filter(Boolean)).toHaveLength(2);
    }
  });

  it('a log cut short: counts the damaged line, re-drives for what was left unreached', async () => {
    const home = tempDir();
    const logDir = join(home, 'logs');
    const { file, id } = writeSession(logDir, SERVICE_CALL.slice(0, 2));
    appendFileSync(file, '{"t":"2026-11-23T14:3');
    const ran = await coach(['replay', id, '--summary', '--log-dir', logDir], { home });
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe('1 line of the log could not be read and was left out\n');
    expect(ran.stdout).toMatch(/^3\s+Personal touch\s+Rapport\s+left open/m);
    expect(ran.stdout).toMatch(/^–\s+Anything else\?\s+Solutions\s+not reached$/m);
    expect(ran.stdout).toContain('Status: interrupted');
    expect(ran.stdout).toContain('Duration: 00:10');
  });

  it('says so when a file is not a session log', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'notes.jsonl'), '{"hello":1}\n');
    const ran = await coach(['replay', 'notes.jsonl', '--summary'], { home });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('is not a session log');
  });
});
