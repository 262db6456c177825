import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { disposeAll, type Session, startCoach } from './harness.js';
import { eventKeys, type LogLine, readLog } from './log.js';
import { runPiped } from './piped.js';
import { ROOT } from './sandbox.js';

afterEach(disposeAll);

const fixture = (name: string) => join(ROOT, 'test/e2e/fixtures', `${name}.yaml`);
const CALL = fixture('call');

const STEP_TEXT = {
  hello: 'Hello, thank you for calling Fixture Shop.',
  name: 'May I have your name, please?',
  need: 'What brings you to us today?',
  offer: 'Here is what we can do for you.',
  thanks: 'Thank you for the chance to serve you today.',
} as const;

function startCall(extra: string[] = [], opts: Parameters<typeof startCoach>[1] = {}): Session {
  return startCoach(['--lang', 'en', 'run', CALL, ...extra], opts);
}

/** Presses keys, then waits for what they should bring on screen. */
async function press(s: Session, keys: string, expected: string | RegExp): Promise<void> {
  s.write(keys);
  await s.waitFor(expected);
}

/** Presses keys that open a prompt whose wording belongs to the locale files: waits for any redraw. */
async function pressAndRedraw(s: Session, keys: string): Promise<void> {
  const before = s.screen();
  s.write(keys);
  await s.waitForChange(before);
}

async function captureName(s: Session, name: string): Promise<void> {
  await pressAndRedraw(s, 'c');
  await press(s, name, name);
  await pressAndRedraw(s, '\r');
}

/** 'e', outcome 1 (resolved), and Enter only if the number alone did not end the call. */
async function endResolved(s: Session): Promise<void> {
  await press(s, 'e', /resolved/i);
  s.write('1');
  const ended = await Promise.race([
    s.exited.then(() => true),
    new Promise<boolean>((wait) => setTimeout(() => wait(false), 1000)),
  ]);
  if (!ended) s.write('\r');
}

function lastLine(log: readonly LogLine[]): LogLine {
  return log.at(-1) as LogLine;
}

function expectInOrder(keys: readonly string[], expected: readonly string[]): void {
  let at = 0;
  for (const key of keys) if (key === expected[at]) at++;
  expect(expected.slice(at), `missing in order from ${JSON.stringify(keys)}`).toEqual([]);
}

describe('coach run in a terminal', () => {
  it('starts the built-in script with no argument', async () => {
    const s = startCoach(['--lang', 'en', 'run']);
    await s.waitFor(/step 1 of/i);
    const log = readLog(s.logDir);
    expect(log[0]).toMatchObject({ v: 1, type: 'start', locale: 'en' });
    expect(log[1]).toMatchObject({ type: 'enter', stage: 'greeting' });
  });

  it('shows the first step and a footer with the keys', async () => {
    const s = startCall();
    await s.waitFor(STEP_TEXT.hello);
    const screen = s.screen();
    expect(screen).toContain('Greet the caller');
    expect(screen).toMatch(/step 1 of 5/i);
    expect(screen).toMatch(/Enter/);
    expect(screen).toMatch(/skip/i);
    expect(screen).toMatch(/back/i);
    expect(screen).toMatch(/help/i);
    expect(readLog(s.logDir)[0]).toMatchObject({
      v: 1,
      type: 'start',
      script: { id: 'e2e-call', version: '1' },
      locale: 'en',
    });
  });

  it('moves on with Enter', async () => {
    const s = startCall();
    await s.waitFor(STEP_TEXT.hello);
    await press(s, '\r', /step 2 of 5/i);
    await s.waitFor(STEP_TEXT.name);
    expect(eventKeys(readLog(s.logDir))).toEqual([
      'start',
      'enter:hello',
      'done:hello',
      'enter:name',
    ]);
  });

  it('runs a whole call to a summary, exit code 0 and a completed log', async () => {
    const s = startCall();
    await s.waitFor(STEP_TEXT.hello);
    await press(s, '\r', STEP_TEXT.name);
    await captureName(s, 'Ann Lee');
    await press(s, '\r', STEP_TEXT.need);
    await press(s, '1', STEP_TEXT.offer);
    await pressAndRedraw(s, '1');
    await pressAndRedraw(s, '2');
    await pressAndRedraw(s, 'n');
    await press(s, 'asked about the warranty', 'asked about the warranty');
    await pressAndRedraw(s, '\r');
    await press(s, '\r', STEP_TEXT.thanks);
    s.write('\r');
    await endResolved(s);
    expect(await s.exited).toEqual({ exitCode: 0 });
    expect(s.screen()).toMatch(/resolved/i);

    const log = readLog(s.logDir);
    expectInOrder(eventKeys(log), [
      'start',
      'done:hello',
      'capture:name',
      'done:name',
      'choice:need',
      'toggle:offer',
      'toggle:offer',
      'note:offer',
      'done:offer',
      'done:thanks',
      'end',
    ]);
    expect(log.find((line) => line.type === 'choice')).toMatchObject({ option: 'return' });
    expect(log.find((line) => line.type === 'capture')).toMatchObject({ var: 'customer' });
    expect(log.find((line) => line.type === 'note')).toMatchObject({
      text: 'asked about the warranty',
    });
    expect(lastLine(log)).toMatchObject({
      type: 'end',
      status: 'completed',
      outcome: 'resolved',
      skipped: [],
      unreached: [],
    });
  });

  it('skips a step with the first reason', async () => {
    const s = startCall();
    await s.waitFor(STEP_TEXT.hello);
    await press(s, '\r', STEP_TEXT.name);
    await pressAndRedraw(s, 's');
    await press(s, '1', STEP_TEXT.need);
    const skip = readLog(s.logDir).find((line) => line.type === 'skip');
    expect(skip).toMatchObject({ step: 'name', stage: 'rapport' });
    expect(skip?.reason).toEqual(expect.stringMatching(/\S/));
  });

  it('asks to confirm before skipping a required step', async () => {
    const s = startCall();
    await s.waitFor(STEP_TEXT.hello);
    await pressAndRedraw(s, 's');
    expect(s.screen()).not.toContain(STEP_TEXT.name);
    expect(eventKeys(readLog(s.logDir))).not.toContain('skip:hello');
    await pressAndRedraw(s, 'y');
    await press(s, '1', STEP_TEXT.name);
    expect(readLog(s.logDir).find((line) => line.type === 'skip')).toMatchObject({
      step: 'hello',
    });
  });

  it('goes back a step with b', async () => {
    const s = startCall();
    await s.waitFor(STEP_TEXT.hello);
    await press(s, '\r', STEP_TEXT.name);
    await press(s, 'b', STEP_TEXT.hello);
    expect(s.screen()).toMatch(/step 1 of 5/i);
    expect(s.screen()).not.toContain(STEP_TEXT.name);
    expect(readLog(s.logDir).find((line) => line.type === 'back')).toMatchObject({
      from: 'name',
      to: 'hello',
    });
  });

  it('exits 130 on Ctrl-C and ends the log as aborted', async () => {
    const s = startCall();
    await s.waitFor(STEP_TEXT.hello);
    await press(s, '\r', STEP_TEXT.name);
    s.write('\x03');
    expect(await s.exited).toEqual({ exitCode: 130 });
    expect(lastLine(readLog(s.logDir))).toMatchObject({
      type: 'end',
      status: 'aborted',
      unreached: expect.arrayContaining(['thanks']),
    });
  });

  it.each([
    ['SIGHUP', (s: Session) => s.kill('SIGHUP')],
    ['SIGTERM', (s: Session) => s.kill('SIGTERM')],
    ['a closed window', (s: Session) => s.hangup()],
  ])('ends the log as aborted on %s', async (_, stop) => {
    const s = startCall();
    await s.waitFor(STEP_TEXT.hello);
    await press(s, '\r', STEP_TEXT.name);
    stop(s);
    await s.exited;
    const log = readLog(s.logDir);
    expect(eventKeys(log).slice(0, 4)).toEqual([
      'start',
      'enter:hello',
      'done:hello',
      'enter:name',
    ]);
    expect(lastLine(log)).toMatchObject({ type: 'end', status: 'aborted' });
  });

  it('keeps every acknowledged event through kill -9', async () => {
    const s = startCall();
    await s.waitFor(STEP_TEXT.hello);
    await press(s, '\r', STEP_TEXT.name);
    await captureName(s, 'Ann Lee');
    await press(s, '\r', STEP_TEXT.need);
    s.kill('SIGKILL');
    expect((await s.exited).signal).toBe(9);
    const log = readLog(s.logDir);
    expectInOrder(eventKeys(log), [
      'start',
      'enter:hello',
      'done:hello',
      'enter:name',
      'capture:name',
      'done:name',
      'enter:need',
    ]);
    expect(eventKeys(log)).not.toContain('end');
  });

  it('redraws Bengali in a 40-column window without stale or overflowing lines', async () => {
    const args = ['--lang', 'bn', 'run', fixture('narrow-bn')];
    const window = { cols: 40, rows: 30 };
    const a = startCoach(args, window);
    await a.waitFor('নীল দোকানে ফোন করার');
    const step1 = new Set(a.lines().filter((line) => line.trim() !== ''));
    for (const keys of ['?', '?', '\r', '?', '?', '\r']) await pressAndRedraw(a, keys);
    await a.waitFor('আজ আমরা আপনাকে');

    const fresh = startCoach(args, window);
    await fresh.waitFor('নীল দোকানে ফোন করার');
    await pressAndRedraw(fresh, '\r');
    await press(fresh, '\r', 'আজ আমরা আপনাকে');

    const freshLines = fresh.lines();
    const stale = a.lines().filter((line) => step1.has(line) && !freshLines.includes(line));
    expect(stale, a.screen()).toEqual([]);
    // Timers differ between the two sessions; everything else must match.
    const digitless = (screen: string) => screen.replace(/[0-9০-৯]/g, '#');
    expect(digitless(a.screen())).toEqual(digitless(fresh.screen()));
    for (const width of a.lineWidths()) expect(width).toBeLessThanOrEqual(40);
    expect(a.wrappedRows(), a.screen()).toEqual([]);
  });

  it('never passes control sequences from script text to the terminal', async () => {
    const s = startCoach(['--lang', 'en', 'run', fixture('hostile')]);
    await s.waitFor(/welcome|error/i);
    // The title-setting sequence would rename the agent's window.
    expect(s.output).not.toContain('\x1b]0;owned');
  });

  it('refuses to run without a terminal, quickly and in one line', async () => {
    const result = await runPiped(['--lang', 'en', 'run', CALL], { timeoutMs: 5000 });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    expect(lines.filter((line) => /error/i.test(line))).toHaveLength(1);
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(result.stderr).not.toContain('\x1b');
  });
});
